import { randomUUID } from 'node:crypto';
import { demoDataset, type RuleSet, rankUnits, tallyRound, unitById } from '@thidua/domain';
import { eq, sql } from 'drizzle-orm';
import {
  createDocumentVersion,
  getScoringTemplate,
  issueDocument,
  loadOrganisation,
  loadScoreSheets,
  loadTallyInput,
  signDocument,
} from '../src';
import type { Db, DbOrTx, Tx } from '../src/client';
import * as s from '../src/schema';

/** A minimal organisation for tests that need rows to point at: one province, bloc and cycle. */
export async function insertMiniCycle(db: Db, opts: { units?: number; year?: number } = {}) {
  const p = randomUUID().slice(0, 8);
  const year = opts.year ?? 2024;
  const provinceId = `p-${p}`;
  const blocId = `b-${p}`;
  const unitIds = Array.from({ length: opts.units ?? 3 }, (_, i) => `u-${p}-${i + 1}`);
  const ruleSet = { ...demoDataset.ruleSets[2023], id: `rs-${p}`, year, provinceId };
  const template = { ...demoDataset.templates[2023], id: `tpl-${p}`, blocId, year };
  const cycleId = `cy-${p}`;
  await db.transaction(async (tx) => {
    await tx.insert(s.provinces).values({ id: provinceId, code: `P${p}` });
    await tx.insert(s.blocs).values({ id: blocId, provinceId, issuerCode: 'KTĐNC' });
    await tx
      .insert(s.units)
      .values(unitIds.map((id, i) => ({ id, provinceId, code: `U${i + 1}`, validFrom: '2000-01-01' })));
    await tx.insert(s.blocMemberships).values(unitIds.map((unitId) => ({ blocId, unitId, year })));
    await tx.insert(s.ruleSets).values({ id: ruleSet.id, provinceId, year, body: ruleSet });
    await tx.insert(s.cycles).values({
      id: cycleId,
      blocId,
      year,
      workflowId: `wf-${cycleId}`,
      calendar: demoDataset.cycle2023.cycle.calendar,
      ruleSetId: ruleSet.id,
    });
    await tx.insert(s.scoringTemplates).values({ id: template.id, cycleId, body: template });
  });
  const [user] = await db
    .insert(s.users)
    .values({ username: `user-${p}`, passwordHash: 'scrypt$x', displayName: 'Người kiểm thử' })
    .returning({ id: s.users.id });
  return { provinceId, blocId, unitIds, cycleId, ruleSet, template, year, userId: user?.id as string };
}

/**
 * A fingerprint of every row of every table in `public` (row counts and an md5 over the rows' text),
 * in ONE query, to prove that a refused write left the database exactly as it was.
 */
export async function databaseChecksum(db: DbOrTx): Promise<Record<string, string>> {
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables.rows.map(
    ({ name }) =>
      `select '${name}' as name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from "${name}" t`,
  );
  const r = await db.execute<{ name: string; sum: string }>(sql.raw(parts.join(' union all ')));
  return Object.fromEntries(r.rows.map((row) => [row.name, row.sum]));
}

/**
 * A cycle's conference recomputed from what the database holds, through the domain functions only:
 * the ranking of the stored sheets by reviewed scores and the tally of every stored round.
 */
export async function recomputeConference(db: DbOrTx, cycleId: string, ruleSet: RuleSet) {
  const org = await loadOrganisation(db);
  const template = (await getScoringTemplate(db, cycleId))?.template;
  if (!template) throw new Error('no template');
  const sheets = await loadScoreSheets(db, cycleId);
  const entries = sheets.map((sheet) => ({
    unitId: sheet.unitId,
    unitCode: unitById(org.units, sheet.unitId).code,
    sheet,
  }));
  const ranking = rankUnits(template, entries, 'reviewed', ruleSet);
  const [session] = await db
    .select()
    .from(s.conferenceSessions)
    .where(eq(s.conferenceSessions.cycleId, cycleId));
  const rounds = await db
    .select()
    .from(s.voteRounds)
    .where(eq(s.voteRounds.sessionId, session?.id ?? ''));
  const tallies = Object.fromEntries(
    await Promise.all(
      rounds.map(async (r) => [r.voteKind, tallyRound(await loadTallyInput(db, r.id))] as const),
    ),
  );
  return { org, sheets, session, ranking, rounds, tallies };
}

/** A Tờ trình of `mini`'s cycle, issued and signed with a scan, in `tx`; its id. */
export async function insertSignedDocument(
  tx: Tx,
  mini: { cycleId: string; provinceId: string; userId: string },
  sourceDataHash: string,
): Promise<string> {
  const doc = await createDocumentVersion(tx, {
    cycleId: mini.cycleId,
    provinceId: mini.provinceId,
    recordType: 'proposal',
    issuerCode: 'KTĐNC',
    year: 2024,
    series: 'TTr',
    title: 'Tờ trình',
    fileName: 'to-trinh.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: Buffer.from('signed content'),
    sourceDataHash,
  });
  await issueDocument(tx, doc.id);
  await signDocument(tx, {
    documentId: doc.id,
    uploadedBy: mini.userId,
    scan: { fileName: 'scan.pdf', bytes: Buffer.from('%PDF') },
  });
  return doc.id;
}
