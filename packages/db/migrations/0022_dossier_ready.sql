-- Whether the workflow accepts the Tờ trình's submission now: its dossier's records are issued and not
-- yet submitted. Years in the dossier phase before this column start from what their rows show: no
-- failure, a Tờ trình issued, and no submission since it (none at all, or a return before it).
ALTER TABLE "cycles" ADD COLUMN "dossier_ready" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "cycles" c SET "dossier_ready" = true
WHERE c.phase = 'dossier' AND c.dossier_failure IS NULL
  AND EXISTS (
    SELECT 1 FROM documents p
    WHERE p.cycle_id = c.id AND p.record_type = 'proposal' AND p.status IN ('issued', 'signed')
      AND NOT EXISTS (
        SELECT 1 FROM dossiers d
        WHERE d.cycle_id = c.id AND (d.status <> 'returned' OR d.returned_at > p.issued_at)
      )
  );
