CREATE TABLE "ballot_board_members" (
	"round_id" text NOT NULL,
	"seat" integer NOT NULL,
	"user_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"name" text NOT NULL,
	"public_share" text,
	"share_proof" jsonb,
	"partial_decryption" jsonb,
	CONSTRAINT "ballot_board_members_round_id_seat_pk" PRIMARY KEY("round_id","seat"),
	CONSTRAINT "ballot_board_members_user" UNIQUE("round_id","user_id"),
	CONSTRAINT "ballot_board_members_seat" CHECK ("ballot_board_members"."seat" >= 1)
);
--> statement-breakpoint
CREATE TABLE "ballot_boards" (
	"round_id" text PRIMARY KEY NOT NULL,
	"public_key" text,
	"sealed_at" timestamp with time zone,
	"sums" jsonb,
	"ballot_count" integer,
	"board_file" text,
	"board_hash" text
);
--> statement-breakpoint
CREATE TABLE "encrypted_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" text NOT NULL,
	"tracker" text NOT NULL,
	"ballot" jsonb NOT NULL,
	CONSTRAINT "encrypted_ballots_tracker" UNIQUE("round_id","tracker")
);
--> statement-breakpoint
ALTER TABLE "ballot_board_members" ADD CONSTRAINT "ballot_board_members_round_id_ballot_boards_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."ballot_boards"("round_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_board_members" ADD CONSTRAINT "ballot_board_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_board_members" ADD CONSTRAINT "ballot_board_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_boards" ADD CONSTRAINT "ballot_boards_round_id_vote_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."vote_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encrypted_ballots" ADD CONSTRAINT "encrypted_ballots_round_id_ballot_boards_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."ballot_boards"("round_id") ON DELETE no action ON UPDATE no action;
-- Encrypted ballots are written once and never changed or removed by the application; a ballot is
-- taken only while its round's key is published and the casting is not sealed.
REVOKE UPDATE, DELETE ON encrypted_ballots FROM thidua_app;
--> statement-breakpoint
REVOKE DELETE ON ballot_boards, ballot_board_members FROM thidua_app;
--> statement-breakpoint
CREATE FUNCTION encrypted_urn_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed c JOIN ballot_boards b ON b.round_id = c.round_id
    WHERE b.public_key IS NULL OR b.sealed_at IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'encrypted ballots are taken only while the round''s key is published and the casting open'
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'ROUND_CLOSED';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER encrypted_ballots_insert_open AFTER INSERT ON encrypted_ballots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION encrypted_urn_open();
--> statement-breakpoint
CREATE TRIGGER encrypted_ballots_no_update BEFORE UPDATE ON encrypted_ballots
  FOR EACH ROW EXECUTE FUNCTION urn_no_update();
