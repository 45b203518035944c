CREATE TABLE "board_versions" (
	"province_id" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint

-- What the secretariat's board shows changes only when one of these writes commits: a counter per
-- province moves in the same transaction, so the API can keep an answer for as long as the counters
-- it was read under stay where they were. Values come from a sequence: a counter never takes a value
-- it had before, even after the table is emptied.
CREATE SEQUENCE board_version_seq;
--> statement-breakpoint
-- Several provinces at once, in key order (two writers never wait on each other crosswise).
CREATE FUNCTION board_versions_bump(provinces text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO board_versions (province_id, version)
  SELECT p, nextval('board_version_seq') FROM (SELECT DISTINCT p FROM unnest(provinces) p WHERE p IS NOT NULL ORDER BY p) d
  ON CONFLICT (province_id) DO UPDATE SET version = nextval('board_version_seq')
$$;
--> statement-breakpoint
-- Status rows: once per statement (a phase change projects every unit of a year in one statement).
CREATE FUNCTION cycle_unit_status_board_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM board_versions_bump(array(SELECT coalesce(province_id, '*') FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM board_versions_bump(array(SELECT coalesce(province_id, '*') FROM new_rows
      UNION SELECT coalesce(province_id, '*') FROM old_rows));
  ELSE
    PERFORM board_versions_bump(array(SELECT coalesce(province_id, '*') FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cycle_unit_status_board_inserted AFTER INSERT ON cycle_unit_status
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cycle_unit_status_board_changed();
--> statement-breakpoint
CREATE TRIGGER cycle_unit_status_board_updated AFTER UPDATE ON cycle_unit_status
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cycle_unit_status_board_changed();
--> statement-breakpoint
CREATE TRIGGER cycle_unit_status_board_deleted AFTER DELETE ON cycle_unit_status
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cycle_unit_status_board_changed();
--> statement-breakpoint
-- A year's phase, start, bloc and members decide the steps offered on its rows.
CREATE FUNCTION bloc_board_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM board_versions_bump(array(SELECT b.province_id FROM blocs b
    WHERE b.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.bloc_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.bloc_id END)));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cycles_board_changed AFTER UPDATE ON cycles FOR EACH ROW
  WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.started_at IS DISTINCT FROM NEW.started_at
    OR OLD.bloc_id IS DISTINCT FROM NEW.bloc_id OR OLD.year IS DISTINCT FROM NEW.year)
  EXECUTE FUNCTION bloc_board_changed();
--> statement-breakpoint
CREATE TRIGGER bloc_memberships_board_changed AFTER INSERT OR UPDATE OR DELETE ON bloc_memberships
  FOR EACH ROW EXECUTE FUNCTION bloc_board_changed();
--> statement-breakpoint
-- A name shows on the rows of every province the unit or bloc has years in: all boards move.
CREATE FUNCTION names_board_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM board_versions_bump(ARRAY['*']);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER unit_names_board_changed AFTER INSERT OR UPDATE OR DELETE ON unit_names
  FOR EACH STATEMENT EXECUTE FUNCTION names_board_changed();
--> statement-breakpoint
CREATE TRIGGER bloc_names_board_changed AFTER INSERT OR UPDATE OR DELETE ON bloc_names
  FOR EACH STATEMENT EXECUTE FUNCTION names_board_changed();
