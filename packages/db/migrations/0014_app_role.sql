-- The application's privileges. The tables belong to the role that runs the migrations; the API and
-- the worker connect as a login role that is a member of `thidua_app`, which owns nothing: it cannot
-- ALTER, DROP or TRUNCATE a table, nor disable or drop the triggers that keep the records
-- append-only, and it may only INSERT and SELECT where nothing is ever changed in place.
--
-- `thidua_app` is created here when the deployment has not created it already (that needs CREATEROLE;
-- without it, create the role beforehand: see packages/db/README.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'thidua_app') THEN
    CREATE ROLE thidua_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO thidua_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO thidua_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO thidua_app;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO thidua_app;
--> statement-breakpoint
-- Tables, sequences and functions added by later migrations get the same (run by the same role).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO thidua_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO thidua_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO thidua_app;
--> statement-breakpoint
-- Readiness reads the migration journal.
GRANT USAGE ON SCHEMA drizzle TO thidua_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO thidua_app;
--> statement-breakpoint
-- Append-only: written once, never changed or removed by the application.
REVOKE UPDATE, DELETE ON audit_log, signed_scans, ballot_receipts FROM thidua_app;
--> statement-breakpoint
-- Ballots are re-sealed (DELETE + INSERT) while their round is open, never updated in place.
REVOKE UPDATE ON ballots FROM thidua_app;
--> statement-breakpoint
-- Records and rounds change only as their triggers allow, and are never removed.
REVOKE DELETE ON documents, vote_rounds FROM thidua_app;
--> statement-breakpoint
-- A reviewed score's history is kept as written: a change is a new row, never an edit.
REVOKE UPDATE, DELETE ON review_score_changes FROM thidua_app;
