ALTER TYPE "public"."record_type" ADD VALUE 'revocationProposal' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "revocation_proposals" (
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"award_kind" "award_kind" NOT NULL,
	"case_id" text NOT NULL,
	"reason" text NOT NULL,
	"proposed_by" text,
	"proposed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "revocation_proposals_cycle_id_unit_id_award_kind_pk" PRIMARY KEY("cycle_id","unit_id","award_kind"),
	CONSTRAINT "revocation_proposals_reason" CHECK (length(btrim("revocation_proposals"."reason")) > 0 and "revocation_proposals"."reason" is nfc normalized)
);
--> statement-breakpoint
ALTER TABLE "bloc_leaderships" ALTER COLUMN "deputy_unit_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_case_id_eligibility_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."eligibility_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revocation_proposals" ADD CONSTRAINT "revocation_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;