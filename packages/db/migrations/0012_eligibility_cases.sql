CREATE TYPE "public"."step_file_purpose" AS ENUM('eligibilityCase', 'withdrawalLetter');--> statement-breakpoint
ALTER TYPE "public"."eligibility_block_code" ADD VALUE 'other';--> statement-breakpoint
CREATE TABLE "eligibility_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"code" "eligibility_block_code" NOT NULL,
	"reason" text NOT NULL,
	"document_ref" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"file_id" uuid,
	"recorded_by" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"cleared_on" date,
	"cleared_note" text,
	"cleared_by" text,
	"cleared_at" timestamp with time zone,
	CONSTRAINT "eligibility_cases_text" CHECK (length(btrim("eligibility_cases"."reason")) > 0 and length(btrim("eligibility_cases"."document_ref")) > 0),
	CONSTRAINT "eligibility_cases_nfc" CHECK ("eligibility_cases"."reason" is nfc normalized and "eligibility_cases"."document_ref" is nfc normalized and ("eligibility_cases"."cleared_note" is null or "eligibility_cases"."cleared_note" is nfc normalized)),
	CONSTRAINT "eligibility_cases_cleared" CHECK (("eligibility_cases"."cleared_on" is null) = ("eligibility_cases"."cleared_at" is null)),
	CONSTRAINT "eligibility_cases_blocks" CHECK (jsonb_typeof("eligibility_cases"."blocks") = 'array')
);
--> statement-breakpoint
CREATE TABLE "step_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"purpose" "step_file_purpose" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"bytes" "bytea",
	"storage_key" text,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_files_sha256" CHECK ("step_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "step_files_size" CHECK ("step_files"."size_bytes" between 1 and 20971520),
	CONSTRAINT "step_files_storage" CHECK (("step_files"."bytes" is null) <> ("step_files"."storage_key" is null)),
	CONSTRAINT "step_files_bytes_size" CHECK ("step_files"."bytes" is null or octet_length("step_files"."bytes") = "step_files"."size_bytes"),
	CONSTRAINT "step_files_type" CHECK ("step_files"."content_type" in ('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
	CONSTRAINT "step_files_name" CHECK ("step_files"."file_name" is nfc normalized and length(btrim("step_files"."file_name")) between 1 and 255)
);
--> statement-breakpoint
ALTER TABLE "candidacy_withdrawals" ADD COLUMN "letter_file_id" uuid;--> statement-breakpoint
ALTER TABLE "vote_rounds" ADD COLUMN "excluded" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "eligibility_cases" ADD CONSTRAINT "eligibility_cases_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_cases" ADD CONSTRAINT "eligibility_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_cases" ADD CONSTRAINT "eligibility_cases_file_id_step_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."step_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_cases" ADD CONSTRAINT "eligibility_cases_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_cases" ADD CONSTRAINT "eligibility_cases_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_files" ADD CONSTRAINT "step_files_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_files" ADD CONSTRAINT "step_files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_files" ADD CONSTRAINT "step_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eligibility_cases_cycle_idx" ON "eligibility_cases" USING btree ("cycle_id","unit_id");--> statement-breakpoint
CREATE INDEX "step_files_cycle_unit_idx" ON "step_files" USING btree ("cycle_id","unit_id");--> statement-breakpoint
ALTER TABLE "candidacy_withdrawals" ADD CONSTRAINT "candidacy_withdrawals_letter_file_id_step_files_id_fk" FOREIGN KEY ("letter_file_id") REFERENCES "public"."step_files"("id") ON DELETE no action ON UPDATE no action;