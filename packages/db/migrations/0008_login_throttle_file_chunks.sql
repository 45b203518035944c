-- Sign-in throttle: a row of login_attempts records a sign-in, a password change or an admin's unlock.
-- Evidence stored in chunks: an upload is written, and a download read, one piece at a time.
CREATE TABLE "stored_file_chunks" (
	"storage_key" text NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "stored_file_chunks_storage_key_seq_pk" PRIMARY KEY("storage_key","seq"),
	CONSTRAINT "stored_file_chunks_seq" CHECK ("stored_file_chunks"."seq" >= 0),
	CONSTRAINT "stored_file_chunks_size" CHECK (octet_length("stored_file_chunks"."bytes") between 1 and 262144)
);
--> statement-breakpoint
ALTER TABLE "login_attempts" ADD COLUMN "kind" text DEFAULT 'signIn' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_attempts" ADD CONSTRAINT "login_attempts_kind" CHECK ("login_attempts"."kind" in ('signIn', 'changePassword', 'unlock'));