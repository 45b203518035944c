CREATE TABLE "review_score_changes" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"cycle_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" text NOT NULL,
	"self_value" numeric(7, 2) NOT NULL,
	"before_value" numeric(7, 2) NOT NULL,
	"after_value" numeric(7, 2) NOT NULL,
	"reason" text,
	"changed_by" text,
	"changed_as" "role",
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_score_changes_kind" CHECK ("review_score_changes"."item_kind" in ('criterion', 'bonus', 'penalty')),
	CONSTRAINT "review_score_changes_reason" CHECK ("review_score_changes"."reason" is null or ("review_score_changes"."reason" is nfc normalized and length(btrim("review_score_changes"."reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "review_score_changes" ADD CONSTRAINT "review_score_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_score_changes" ADD CONSTRAINT "review_score_changes_review_fk" FOREIGN KEY ("cycle_id","unit_id") REFERENCES "public"."reviews"("cycle_id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_score_changes_review_idx" ON "review_score_changes" USING btree ("cycle_id","unit_id","changed_at");