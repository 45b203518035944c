ALTER TYPE "public"."document_status" ADD VALUE 'superseded';--> statement-breakpoint
ALTER TYPE "public"."document_status" ADD VALUE 'withdrawn';--> statement-breakpoint
DROP INDEX "documents_number_unique";--> statement-breakpoint
CREATE UNIQUE INDEX "documents_one_current_version" ON "documents" USING btree ("document_group_id") WHERE "documents"."status" in ('issued', 'signed');--> statement-breakpoint
-- A number belongs to one document: its versions share it, no other document may take it.
ALTER TABLE "documents" ADD CONSTRAINT "documents_number_one_document"
  EXCLUDE USING gist (province_id WITH =, issuer_code WITH =, year WITH =, series WITH =, number WITH =,
    document_group_id WITH <>)
  WHERE (number IS NOT NULL);
--> statement-breakpoint
-- As 0001, and: an issued or signed version may be superseded (a later version replaced it) or
-- withdrawn (a new document replaced it), its content untouched; those rows then never change.
CREATE OR REPLACE FUNCTION documents_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'document % is %, it cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status::text IN ('cancelled', 'superseded', 'withdrawn')
    OR (OLD.status::text = 'signed' AND NEW.status::text NOT IN ('superseded', 'withdrawn')) THEN
    RAISE EXCEPTION 'document % is %, it cannot be changed', OLD.id, OLD.status
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
  END IF;
  IF OLD.status::text IN ('issued', 'signed') AND (
       NEW.status::text NOT IN ('issued', 'signed', 'cancelled', 'superseded', 'withdrawn')
    OR (OLD.status::text = 'signed' AND NEW.signed_at IS DISTINCT FROM OLD.signed_at)
    OR (NEW.id, NEW.document_group_id, NEW.version, NEW.cycle_id, NEW.province_id, NEW.record_type,
        NEW.issuer_code, NEW.year, NEW.series, NEW.number, NEW.number_label, NEW.title, NEW.file_name,
        NEW.content_type, NEW.sha256, NEW.size_bytes, NEW.bytes, NEW.storage_key, NEW.source_data_hash,
        NEW.cycle_phase, NEW.author_user_id, NEW.issued_at, NEW.created_at)
       IS DISTINCT FROM
       (OLD.id, OLD.document_group_id, OLD.version, OLD.cycle_id, OLD.province_id, OLD.record_type,
        OLD.issuer_code, OLD.year, OLD.series, OLD.number, OLD.number_label, OLD.title, OLD.file_name,
        OLD.content_type, OLD.sha256, OLD.size_bytes, OLD.bytes, OLD.storage_key, OLD.source_data_hash,
        OLD.cycle_phase, OLD.author_user_id, OLD.issued_at, OLD.created_at)
  ) THEN
    RAISE EXCEPTION 'document % is %: only its status may change', OLD.id, OLD.status
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
  END IF;
  RETURN NEW;
END;
$$;
