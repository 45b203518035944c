-- Custom SQL that drizzle-kit cannot express: triggers and exclusion constraints.

-- Audit log: append-only. UPDATE, DELETE and TRUNCATE raise; HINT carries the error code the
-- application maps (errors.ts).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'AUDIT_APPEND_ONLY';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint

-- Documents: a signed or cancelled row never changes; an issued row may only move to signed or
-- cancelled (its content, number and identity are frozen); only drafts may be deleted.
CREATE FUNCTION documents_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'document % is %, it cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('signed', 'cancelled') THEN
    RAISE EXCEPTION 'document % is %, it cannot be changed', OLD.id, OLD.status
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
  END IF;
  IF OLD.status = 'issued' AND (
       NEW.status NOT IN ('issued', 'signed', 'cancelled')
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
    RAISE EXCEPTION 'document % is issued: only its status may change (to signed or cancelled)', OLD.id
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_guard BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION documents_guard();
--> statement-breakpoint

-- A signed scan is the record of a hand signature: never replaced in place.
CREATE FUNCTION signed_scans_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed scan % cannot be changed or deleted', OLD.id
    USING ERRCODE = 'integrity_constraint_violation', HINT = 'DOCUMENT_IMMUTABLE';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER signed_scans_guard BEFORE UPDATE OR DELETE ON signed_scans
  FOR EACH ROW EXECUTE FUNCTION signed_scans_guard();
--> statement-breakpoint

-- Dated names never overlap: at any date exactly one name is in force (valid_to is inclusive).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE province_names ADD CONSTRAINT province_names_no_overlap
  EXCLUDE USING gist (province_id WITH =, kind WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
--> statement-breakpoint
ALTER TABLE unit_names ADD CONSTRAINT unit_names_no_overlap
  EXCLUDE USING gist (unit_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
--> statement-breakpoint
ALTER TABLE bloc_names ADD CONSTRAINT bloc_names_no_overlap
  EXCLUDE USING gist (bloc_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
--> statement-breakpoint

-- Documents are records: the table is never truncated.
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint

-- The urn: cast ballots and receipts change only while their round is open (casting re-seals the
-- urn by DELETE + INSERT, see repositories/ballots.ts); a row is never updated in place.
CREATE FUNCTION urn_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never updated in place', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation', HINT = 'BALLOT_SEALED';
END;
$$;
--> statement-breakpoint
CREATE FUNCTION urn_round_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed c JOIN vote_rounds r ON r.id = c.round_id WHERE r.status = 'closed') THEN
    RAISE EXCEPTION '% of a closed round cannot change', TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'ROUND_CLOSED';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ballots_no_update BEFORE UPDATE ON ballots
  FOR EACH ROW EXECUTE FUNCTION urn_no_update();
--> statement-breakpoint
CREATE TRIGGER ballots_insert_open AFTER INSERT ON ballots
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION urn_round_open();
--> statement-breakpoint
CREATE TRIGGER ballots_delete_open AFTER DELETE ON ballots
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION urn_round_open();
--> statement-breakpoint
CREATE TRIGGER ballot_receipts_no_update BEFORE UPDATE ON ballot_receipts
  FOR EACH ROW EXECUTE FUNCTION urn_no_update();
--> statement-breakpoint
CREATE TRIGGER ballot_receipts_insert_open AFTER INSERT ON ballot_receipts
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION urn_round_open();
--> statement-breakpoint
CREATE TRIGGER ballot_receipts_delete_open AFTER DELETE ON ballot_receipts
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION urn_round_open();
--> statement-breakpoint

-- A closed round is final: only its cached tally may be filled in; it is never deleted or reopened.
CREATE FUNCTION vote_rounds_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'closed' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' OR (NEW.id, NEW.session_id, NEW.vote_kind, NEW.round_number, NEW.parent_round_id,
      NEW.status, NEW.rule, NEW.seats, NEW.max_choices, NEW.candidates, NEW.ballots_issued, NEW.opened_at,
      NEW.closed_at)
    IS DISTINCT FROM (OLD.id, OLD.session_id, OLD.vote_kind, OLD.round_number, OLD.parent_round_id,
      OLD.status, OLD.rule, OLD.seats, OLD.max_choices, OLD.candidates, OLD.ballots_issued, OLD.opened_at,
      OLD.closed_at) THEN
    RAISE EXCEPTION 'vote round % is closed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'ROUND_CLOSED';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER vote_rounds_guard BEFORE UPDATE OR DELETE ON vote_rounds
  FOR EACH ROW EXECUTE FUNCTION vote_rounds_guard();
