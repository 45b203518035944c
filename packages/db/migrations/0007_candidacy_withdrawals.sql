-- A unit withdrawn from an award's candidates by its head's letter, before that vote opened.
CREATE TABLE "candidacy_withdrawals" (
	"cycle_id" text NOT NULL,
	"award_kind" "award_kind" NOT NULL,
	"unit_id" text NOT NULL,
	"reason" text NOT NULL,
	"letter_number" text NOT NULL,
	"letter_date" date NOT NULL,
	"withdrawn_by" text,
	"withdrawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "candidacy_withdrawals_cycle_id_award_kind_unit_id_pk" PRIMARY KEY("cycle_id","award_kind","unit_id"),
	CONSTRAINT "candidacy_withdrawals_text" CHECK (length(btrim("candidacy_withdrawals"."reason")) > 0 and length(btrim("candidacy_withdrawals"."letter_number")) > 0),
	CONSTRAINT "candidacy_withdrawals_nfc" CHECK ("candidacy_withdrawals"."reason" is nfc normalized and "candidacy_withdrawals"."letter_number" is nfc normalized)
);
--> statement-breakpoint
ALTER TABLE "candidacy_withdrawals" ADD CONSTRAINT "candidacy_withdrawals_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_withdrawals" ADD CONSTRAINT "candidacy_withdrawals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy_withdrawals" ADD CONSTRAINT "candidacy_withdrawals_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;