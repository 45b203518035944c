-- A province's counter is one row: a transaction that moved it holds that row's lock until it ends.
-- Moved by the first write a step makes, the lock was held across the rest of the step's round trips,
-- and every step of the province queued behind it. The writes the steps make now move it when their
-- transaction commits (deferred triggers), and a transaction moves each counter once.
CREATE OR REPLACE FUNCTION board_versions_bump(provinces text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO board_versions (province_id, version)
  SELECT p, nextval('board_version_seq') FROM (SELECT DISTINCT p FROM unnest(provinces) p WHERE p IS NOT NULL ORDER BY p) d
  ON CONFLICT (province_id) DO UPDATE SET version = nextval('board_version_seq')
  WHERE board_versions.xmin <> pg_current_xact_id()::xid
$$;
--> statement-breakpoint
DROP TRIGGER cycle_unit_status_board_inserted ON cycle_unit_status;
--> statement-breakpoint
DROP TRIGGER cycle_unit_status_board_updated ON cycle_unit_status;
--> statement-breakpoint
DROP TRIGGER cycle_unit_status_board_deleted ON cycle_unit_status;
--> statement-breakpoint
DROP FUNCTION cycle_unit_status_board_changed();
--> statement-breakpoint
CREATE FUNCTION cycle_unit_status_board_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM board_versions_bump(ARRAY[
    CASE WHEN TG_OP <> 'DELETE' THEN coalesce(NEW.province_id, '*') END,
    CASE WHEN TG_OP <> 'INSERT' THEN coalesce(OLD.province_id, '*') END]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER cycle_unit_status_board_changed AFTER INSERT OR UPDATE OR DELETE ON cycle_unit_status
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cycle_unit_status_board_changed();
--> statement-breakpoint
DROP TRIGGER cycles_board_changed ON cycles;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER cycles_board_changed AFTER UPDATE ON cycles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.started_at IS DISTINCT FROM NEW.started_at
    OR OLD.bloc_id IS DISTINCT FROM NEW.bloc_id OR OLD.year IS DISTINCT FROM NEW.year)
  EXECUTE FUNCTION bloc_board_changed();
--> statement-breakpoint
DROP TRIGGER bloc_memberships_board_changed ON bloc_memberships;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER bloc_memberships_board_changed AFTER INSERT OR UPDATE OR DELETE ON bloc_memberships
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bloc_board_changed();
