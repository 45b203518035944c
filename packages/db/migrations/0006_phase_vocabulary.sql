-- One phase vocabulary from the workflow to the web app: the committee's review and the recorded
-- decision are phases of their own (both were folded into 'provincialReview'); 'inProgress' was never
-- entered by a running year.
ALTER TABLE "cycles" ALTER COLUMN "phase" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cycles" ALTER COLUMN "phase" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "cycle_phase" SET DATA TYPE text;--> statement-breakpoint
UPDATE "cycles" SET "phase" = CASE
    WHEN "phase" = 'inProgress' THEN 'registration'
    WHEN EXISTS (
      SELECT 1 FROM "decisions" d JOIN "dossiers" o ON o."id" = d."dossier_id" WHERE o."cycle_id" = "cycles"."id"
    ) THEN 'decided'
    ELSE 'committeeReview'
  END
  WHERE "phase" IN ('inProgress', 'provincialReview');--> statement-breakpoint
DROP TYPE "public"."cycle_phase";--> statement-breakpoint
CREATE TYPE "public"."cycle_phase" AS ENUM('setup', 'registration', 'selfAssessment', 'review', 'conference', 'dossier', 'committeeReview', 'decided', 'closed');--> statement-breakpoint
ALTER TABLE "cycles" ALTER COLUMN "phase" SET DATA TYPE "public"."cycle_phase" USING "phase"::"public"."cycle_phase";--> statement-breakpoint
ALTER TABLE "cycles" ALTER COLUMN "phase" SET DEFAULT 'setup'::"public"."cycle_phase";--> statement-breakpoint
-- Only the decision's records were filed under the folded phase.
ALTER TABLE "documents" ALTER COLUMN "cycle_phase" SET DATA TYPE "public"."cycle_phase" USING (
  CASE "cycle_phase" WHEN 'provincialReview' THEN 'decided' WHEN 'inProgress' THEN 'registration' ELSE "cycle_phase" END
)::"public"."cycle_phase";
--> statement-breakpoint
-- A year planned in the database is started once its workflow has run (the projections it wrote, or
-- the start in the log, tell); the screens offer "start" only before, and the year's steps only after.
ALTER TABLE "cycles" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
UPDATE "cycles" SET "started_at" = "phase_entered_at"
  WHERE "phase" <> 'setup'
     OR "calendar" ? 'instants'
     OR EXISTS (
       SELECT 1 FROM "audit_log" a
       WHERE a."action" = 'cycle.start' AND a."entity_id" IN ("cycles"."id", "cycles"."workflow_id")
     );
