/**
 * What the bloc learns, and what the audit shows, of a year run through the workflow: when the
 * conference's results are confirmed, every member unit's officials and the bloc's head and deputy
 * get a notice naming the units proposed and the leaders elected; when the province's decision is
 * recorded, the same people get one naming its number, date and awarded units. The year's audit,
 * narrowed on the server by who, what, when and unit, names people, units and rounds — no ids.
 */
import { auditLog, notifications, users } from '@thidua/db/schema';
import { vietnamDate } from '@thidua/domain';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { CycleDriver } from '../../workflows/test/support/cycle-driver';
import { type AuditFilters, auditWhere } from '../src/services/audit/filters';
import { type Caller, callerAs } from './helpers/callers';
import { COMMITTEE, MEMBERS, SECRETARIAT, unitHead, unitOfficer } from './helpers/demo-users';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import { BLOC } from './helpers/fixtures';
import { waitFor } from './helpers/wait';

const YEAR = 2097;
const years = drivenYearsOfFile('thidua_api_bloc_notices');
let driver: CycleDriver;
let cycleId: string;
let secretariat: Caller;

beforeAll(async () => {
  secretariat = await callerAs(years.services, SECRETARIAT);
});

const noticesOf = (kind: string) =>
  years.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, kind), eq(notifications.cycleId, cycleId)));

/** What a member unit's official reads on their notifications page. */
async function readBy(username: string, kind: string) {
  const caller = await callerAs(years.services, username);
  return (
    await caller.notifications.list({ unreadOnly: false, page: { limit: 100, offset: 0 } })
  ).rows.filter((n) => n.kind === kind && n.cycleId === cycleId);
}

const summaryOf = (payload: unknown) => (payload as { summary?: string }).summary ?? '';

describe.sequential('the bloc hears of its results and of the decision', () => {
  test('the year reaches its conference and the results are confirmed', async () => {
    driver = await new CycleDriver(years.harness, { year: YEAR }).start();
    await driver.toConference();
    await driver.attendance();
    await driver.unanimous('provincialFlag', ['u-snv']);
    await driver.concludeConference();
    cycleId = (await driver.state()).cycleId;
  }, 240_000);

  test('every member unit’s head and officer, and the bloc’s head and deputy, are told who was proposed', async () => {
    const rows = await waitFor(
      () => noticesOf('vote.resultsConfirmed'),
      (r) => r.length > 0,
    );
    const recipients = rows.map((r) => `${r.role}:${r.scopeKind}:${r.scopeId}`).sort();
    expect(recipients).toEqual(
      [
        ...MEMBERS.flatMap((u) => [`unitHead:unit:${u}`, `unitOfficer:unit:${u}`]),
        `blocHead:bloc:${BLOC}`,
        `blocDeputy:bloc:${BLOC}`,
      ].sort(),
    );
    const [notice] = await readBy(unitOfficer('u-snv'), 'vote.resultsConfirmed');
    const summary = summaryOf(notice?.payload);
    expect(summary).toMatch(/^Kết quả bình xét đã được xác nhận: /);
    expect(summary).toContain('Cờ thi đua của UBND tỉnh: Sở Nội vụ');
    expect(summary).toMatch(/Bằng khen của Chủ tịch UBND tỉnh: [^;]*Sở Tư pháp/);
    expect(summary).toMatch(/Trưởng Khối: .+; Phó Khối: .+\.$/);
    // No id in what people read.
    expect(summary).not.toMatch(/u-[a-z]+|cy-|cycle:/);
    // A unit that won nothing hears it too.
    expect(await readBy(unitHead('u-cat'), 'vote.resultsConfirmed')).toHaveLength(1);
  });

  test('the decision recorded through the API reaches the same people, with its number, date and awards', async () => {
    await driver.dossierReady();
    await driver.step('submitProposal', 'head', {});
    await driver.step('acceptProposal', 'committee', {});
    await waitFor(
      async () => (await secretariat.cycles.get({ cycleId })).phase,
      (phase) => phase === 'committeeReview',
    );
    const today = vietnamDate(Date.now());
    const committee = await callerAs(years.services, COMMITTEE);
    await committee.committee.recordDecision({
      cycleId,
      number: '213/QĐ-UBND',
      decisionDate: today,
      signerName: 'Hoàng Minh Đức',
      signerTitle: 'Phó Chủ tịch UBND tỉnh',
      awards: [
        { unitId: 'u-snv', award: 'provincialFlag' },
        { unitId: 'u-stp', award: 'certificateOfMerit' },
        { unitId: 'u-ttt', award: 'certificateOfMerit' },
      ],
    });
    const rows = await waitFor(
      () => noticesOf('decision.recorded'),
      (r) => r.length > 0,
    );
    expect(rows).toHaveLength(MEMBERS.length * 2 + 2);
    const [notice] = await readBy(unitHead('u-stp'), 'decision.recorded');
    const [d, m, y] = [today.slice(8, 10), today.slice(5, 7), today.slice(0, 4)];
    expect(summaryOf(notice?.payload)).toBe(
      `Quyết định số 213/QĐ-UBND ngày ${d}/${m}/${y} của UBND tỉnh: Cờ thi đua của UBND tỉnh: Sở Nội vụ; Bằng khen của Chủ tịch UBND tỉnh: Sở Tư pháp, Thanh tra tỉnh.`,
    );
    expect(await readBy(unitOfficer('u-cat'), 'decision.recorded')).toHaveLength(1);
  }, 120_000);
});

describe.sequential('the year’s audit, filtered on the server', () => {
  const page = { limit: 500, offset: 0 };

  test('rows name the year, people, units and rounds — never their ids', async () => {
    const all = await secretariat.audit.list({ cycleId, page });
    expect(all.cycleLabel).toMatch(/^Khối .+ – năm 2097$/i);
    expect(all.total).toBeGreaterThan(20);
    const text = all.rows
      .map((r) => [r.actorName, r.actionLabel, r.subject, r.detail].join(' | '))
      .join('\n');
    expect(text).not.toMatch(/\bu-[a-z]+\b|cy-|cycle:b-/);
    const tally = all.rows.find((r) => r.action === 'vote.tally');
    expect(tally?.subject).toMatch(/^Vòng \d+ – /);
    expect(all.rows.find((r) => r.action === 'decision.record')?.detail).toContain(
      'Cờ thi đua của UBND tỉnh: Sở Nội vụ',
    );
    expect(all.rows.find((r) => r.action === 'review.lock')?.subject).toBe(all.cycleLabel);
  });

  test('who, what, when and unit each narrow the rows, and together', async () => {
    const all = await secretariat.audit.list({ cycleId, page });
    const [head] = await years.database.db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(eq(users.username, 'thanhtra.truongkhoi'));
    const byHead = await secretariat.audit.list({ cycleId, filters: { actorUserId: head?.id }, page });
    expect(byHead.total).toBeGreaterThan(0);
    expect(byHead.total).toBeLessThan(all.total);
    expect(new Set(byHead.rows.map((r) => r.actorName))).toEqual(new Set([head?.name]));

    const opened = await secretariat.audit.list({ cycleId, filters: { action: 'vote.open' }, page });
    expect(opened.rows.map((r) => r.actionLabel)).toEqual(opened.rows.map(() => 'Mở vòng bỏ phiếu'));
    expect(opened.total).toBe(all.rows.filter((r) => r.action === 'vote.open').length);

    const stp = await secretariat.audit.list({ cycleId, filters: { unitId: 'u-stp' }, page });
    expect(stp.total).toBeGreaterThan(0);
    for (const r of stp.rows) expect(`${r.subject} ${r.detail}`).toContain('Sở Tư pháp');

    const today = vietnamDate(Date.now());
    const both = await secretariat.audit.list({
      cycleId,
      filters: { unitId: 'u-stp', action: 'selfAssessment.submit', from: today, to: today },
      page,
    });
    expect(both.total).toBe(1);
    // A day with nothing recorded: nothing.
    const before = await secretariat.audit.list({
      cycleId,
      filters: { from: '2020-01-01', to: '2020-01-31' },
      page,
    });
    expect(before.total).toBe(0);
    // The range reads Vietnam days: a row at 00:30 on 2 June in Hà Nội (17:30 UTC on 1 June) is 2 June's.
    await years.database.db.insert(auditLog).values({
      action: 'cycle.phase',
      entity: 'cycle',
      entityId: cycleId,
      after: { cycleId, reason: 'Dòng thử ngày Việt Nam' },
      idempotencyKey: `${cycleId}:test:vietnam-day`,
      at: new Date('2030-06-01T17:30:00Z'),
    });
    const firstJune = await secretariat.audit.list({
      cycleId,
      filters: { from: '2030-06-01', to: '2030-06-01' },
      page,
    });
    const secondJune = await secretariat.audit.list({
      cycleId,
      filters: { from: '2030-06-02', to: '2030-06-02' },
      page,
    });
    expect([firstJune.total, secondJune.total]).toEqual([0, 1]);
  });

  test('a range that ends before it starts is refused in Vietnamese', async () => {
    const error = await refused(
      secretariat.audit.list({ cycleId, filters: { from: '2030-02-01', to: '2030-01-01' }, page }),
      'DATE_RANGE_REVERSED',
    );
    expect(error.message).toBe('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
  });

  test('the filters offer the people who acted, the actions recorded and the member units, by name', async () => {
    const facets = await secretariat.audit.facets({ cycleId });
    expect(facets.cycleLabel).toMatch(/– năm 2097$/);
    expect(facets.actors.length).toBeGreaterThan(1);
    // People by name, not by account name.
    expect(facets.actors.every((a) => a.name && !/^[a-z0-9.]+$/.test(a.name))).toBe(true);
    expect(facets.actions.map((a) => a.label)).toContain('Xác nhận kết quả');
    expect(facets.units.map((u) => u.name)).toContain('Sở Tư pháp');
    expect(facets.units).toHaveLength(MEMBERS.length);
  });

  test('a year’s rows are read off two indexes, not the whole log', async () => {
    const db = years.database.db;
    // A province's log after some years: 40 000 rows of other years, spread over two years of days.
    await db.execute(sql`
      insert into audit_log (action, entity, entity_id, after, idempotency_key, at)
      select 'vote.open', 'voteRound', 'other:' || g, jsonb_build_object('cycleId', 'cycle:other:' || (g % 60)),
             'bulk:' || g, now() - (g || ' minutes')::interval * 26
      from generate_series(1, 40000) g`);
    await db.execute(sql`analyze audit_log`);
    const planOf = async (filters: AuditFilters) => {
      const query = db.select({ id: auditLog.id }).from(auditLog).where(auditWhere(cycleId, filters));
      return (await db.execute(sql`explain analyze ${query}`)).rows
        .map((r) => String(Object.values(r)[0]))
        .join('\n');
    };
    // The whole year, or one kind of step in it: each side of the year's rows off its own index.
    for (const filters of [{}, { action: 'vote.open' }, { unitId: 'u-stp' }]) {
      const plan = await planOf(filters);
      expect(plan).toContain('audit_log_entity_id_at_idx');
      expect(plan).toContain('audit_log_cycle_at_idx');
      expect(plan).not.toContain('Seq Scan');
    }
    // One day: an index either way, never the whole log.
    const today = vietnamDate(Date.now());
    const plan = await planOf({ from: today, to: today });
    expect(plan).toMatch(/Index Scan|Bitmap Index Scan/);
    expect(plan).not.toContain('Seq Scan');
  });
});
