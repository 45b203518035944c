ALTER TABLE "cycle_unit_status" ADD COLUMN "province_id" text;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "bloc_id" text;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "year" integer;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "unit_code" text;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "current_step" text;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "due" date;--> statement-breakpoint
ALTER TABLE "cycle_unit_status" ADD COLUMN "done" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "cycle_unit_status_province_board_idx" ON "cycle_unit_status" USING btree ("province_id","overdue" DESC NULLS LAST,"due","unit_code","cycle_id");--> statement-breakpoint
CREATE INDEX "cycle_unit_status_board_idx" ON "cycle_unit_status" USING btree ("overdue" DESC NULLS LAST,"due","unit_code","cycle_id");--> statement-breakpoint

-- The tracker's columns, kept by the database as a status row or its cycle's phase is written: the
-- board and the inbox read their page off the indexes above instead of every row's JSON.

-- The unit step each phase waits for (a key of cycle_unit_status.steps and .deadlines).
CREATE FUNCTION unit_step_of_phase(phase cycle_phase) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE phase WHEN 'setup' THEN 'pact' WHEN 'registration' THEN 'registration'
    WHEN 'selfAssessment' THEN 'selfAssessment' WHEN 'review' THEN 'reviewResponse' END
$$;
--> statement-breakpoint
-- A step's deadline: an extension wins.
CREATE FUNCTION unit_step_due(deadlines jsonb, step text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(deadlines -> step ->> 'extendedTo', deadlines -> step ->> 'due')::date
$$;
--> statement-breakpoint
-- Done once handed in, finished or skipped; a phase that waits for no unit step leaves nothing to do.
CREATE FUNCTION unit_step_done(steps jsonb, step text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(steps -> step ->> 'state' IN ('done', 'submitted', 'skipped'), true)
$$;
--> statement-breakpoint
UPDATE cycle_unit_status s SET province_id = b.province_id, bloc_id = c.bloc_id, year = c.year,
  unit_code = u.code, current_step = unit_step_of_phase(c.phase),
  due = unit_step_due(s.deadlines, unit_step_of_phase(c.phase)),
  done = unit_step_done(s.steps, unit_step_of_phase(c.phase))
FROM cycles c, blocs b, units u
WHERE c.id = s.cycle_id AND b.id = c.bloc_id AND u.id = s.unit_id;
--> statement-breakpoint
CREATE FUNCTION cycle_unit_status_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p cycle_phase;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT b.province_id, c.bloc_id, c.year, c.phase INTO NEW.province_id, NEW.bloc_id, NEW.year, p
      FROM cycles c JOIN blocs b ON b.id = c.bloc_id WHERE c.id = NEW.cycle_id;
    SELECT u.code INTO NEW.unit_code FROM units u WHERE u.id = NEW.unit_id;
  ELSE
    SELECT c.phase INTO p FROM cycles c WHERE c.id = NEW.cycle_id;
  END IF;
  NEW.current_step := unit_step_of_phase(p);
  NEW.due := unit_step_due(NEW.deadlines, NEW.current_step);
  NEW.done := unit_step_done(NEW.steps, NEW.current_step);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cycle_unit_status_track BEFORE INSERT OR UPDATE OF steps, deadlines ON cycle_unit_status
  FOR EACH ROW EXECUTE FUNCTION cycle_unit_status_track();
--> statement-breakpoint
CREATE FUNCTION cycles_phase_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  step text := unit_step_of_phase(NEW.phase);
BEGIN
  UPDATE cycle_unit_status s SET current_step = step, due = unit_step_due(s.deadlines, step),
    done = unit_step_done(s.steps, step)
  WHERE s.cycle_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cycles_phase_track AFTER UPDATE OF phase ON cycles
  FOR EACH ROW WHEN (OLD.phase IS DISTINCT FROM NEW.phase) EXECUTE FUNCTION cycles_phase_track();
--> statement-breakpoint
-- A unit's code (its sort key) and a bloc's province (who sees its rows) reach the status rows.
CREATE FUNCTION cycle_unit_status_place_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'units' THEN
    UPDATE cycle_unit_status SET unit_code = NEW.code WHERE unit_id = NEW.id;
  ELSE
    UPDATE cycle_unit_status SET province_id = NEW.province_id WHERE bloc_id = NEW.id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER units_code_track AFTER UPDATE OF code ON units
  FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION cycle_unit_status_place_track();
--> statement-breakpoint
CREATE TRIGGER blocs_province_track AFTER UPDATE OF province_id ON blocs
  FOR EACH ROW WHEN (OLD.province_id IS DISTINCT FROM NEW.province_id)
  EXECUTE FUNCTION cycle_unit_status_place_track();
