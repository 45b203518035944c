CREATE TYPE "public"."official_position" AS ENUM('unitHead', 'unitDeputy', 'committeeChair', 'committeeViceChair', 'blocSecretary');--> statement-breakpoint
CREATE TABLE "officials" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"position" "official_position" NOT NULL,
	"unit_id" text,
	"province_id" text,
	"bloc_id" text,
	"full_name" text NOT NULL,
	"title" text NOT NULL,
	"signature_title" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officials_org" CHECK (case
        when "officials"."position" in ('unitHead', 'unitDeputy') then "officials"."unit_id" is not null and "officials"."province_id" is null and "officials"."bloc_id" is null
        when "officials"."position" in ('committeeChair', 'committeeViceChair') then "officials"."province_id" is not null and "officials"."unit_id" is null and "officials"."bloc_id" is null
        else "officials"."bloc_id" is not null and "officials"."unit_id" is null and "officials"."province_id" is null
      end),
	CONSTRAINT "officials_range" CHECK ("officials"."valid_to" is null or "officials"."valid_to" >= "officials"."valid_from"),
	CONSTRAINT "officials_nfc" CHECK ("officials"."full_name" is nfc normalized and "officials"."title" is nfc normalized and ("officials"."signature_title" is null or "officials"."signature_title" is nfc normalized) and ("officials"."note" is null or "officials"."note" is nfc normalized)),
	CONSTRAINT "officials_not_blank" CHECK (length(btrim("officials"."full_name")) > 0 and length(btrim("officials"."title")) > 0 and ("officials"."signature_title" is null or length(btrim("officials"."signature_title")) > 0)),
	CONSTRAINT "officials_signature_title" CHECK (("officials"."position" not in ('unitHead', 'unitDeputy') or "officials"."signature_title" is not null) and ("officials"."signature_title" is null or "officials"."signature_title" = upper("officials"."signature_title")))
);
--> statement-breakpoint
ALTER TABLE "officials" ADD CONSTRAINT "officials_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officials" ADD CONSTRAINT "officials_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officials" ADD CONSTRAINT "officials_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "officials_unit_idx" ON "officials" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "officials_province_idx" ON "officials" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "officials_bloc_idx" ON "officials" USING btree ("bloc_id");--> statement-breakpoint
-- One holder at a time of a single-holder position (valid_to is inclusive); deputies and
-- vice-chairs may be several.
ALTER TABLE officials ADD CONSTRAINT "officials_single_unit_head"
  EXCLUDE USING gist (unit_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
  WHERE (position = 'unitHead');
--> statement-breakpoint
ALTER TABLE officials ADD CONSTRAINT "officials_single_committee_chair"
  EXCLUDE USING gist (province_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
  WHERE (position = 'committeeChair');
--> statement-breakpoint
ALTER TABLE officials ADD CONSTRAINT "officials_single_bloc_secretary"
  EXCLUDE USING gist (bloc_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
  WHERE (position = 'blocSecretary');
