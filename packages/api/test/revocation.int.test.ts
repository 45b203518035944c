/**
 * Đề nghị hủy/thu hồi khen thưởng on real Temporal and PostgreSQL, through the API as the roles that
 * act: after the UBND decision the secretariat records a case found later against a unit it awarded;
 * the bloc head proposes that the award be revoked, on that case, with a reason. The history, the
 * dossier (the proposal and its Tờ trình) and the record's text show it; the step is offered exactly
 * to the secretariat and the bloc head, and refused for an award not decided or proposed twice.
 */
import { documents } from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CycleDriver } from '../../workflows/test/support/cycle-driver';
import { BLOC_DEPUTY_2023, BLOC_HEAD_2023, SECRETARIAT, unitHead } from './helpers/demo-users';
import { drivenReads } from './helpers/driven-reads';
import { drivenYearsOfFile } from './helpers/driven-year';
import { refused } from './helpers/errors';
import {
  expectProposalListed,
  expectRevocationRecord,
  inspectionFinding,
  refusedWithoutGrounds,
  revocationReason,
} from './helpers/revocation';
import { waitFor } from './helpers/wait';

const years = drivenYearsOfFile('thidua_api_revocation');
const { as, appointed, phaseProjected } = drivenReads(years);

describe.sequential('an award proposed for revocation on a case found after the decision', () => {
  const year = 2085;
  const found = inspectionFinding(`10/01/${year + 1}`);
  const reason = revocationReason;

  test('the bloc head proposes it on the recorded case; every role sees it in the history and the dossier', async () => {
    const c = await new CycleDriver(years.harness, { year }).start();
    const cycleId = (await c.state()).cycleId;
    await c.toDecided('85/QĐ-UBND');
    await phaseProjected(cycleId, 'decided');

    const head = await appointed(BLOC_HEAD_2023, 'blocHead', year);
    const deputy = await appointed(BLOC_DEPUTY_2023, 'blocDeputy', year);
    const secretariat = await as(SECRETARIAT);
    const own = await as(unitHead(found.unitId));
    // Offered to the secretariat and the bloc head only.
    for (const caller of [head, secretariat]) {
      const actions = (await caller.cycles.get({ cycleId })).allowedActions;
      expect(actions).toContain('proposeRevocation');
      expect(actions).toContain('recordEligibilityCase');
    }
    for (const caller of [deputy, own]) {
      expect((await caller.cycles.get({ cycleId })).allowedActions).not.toContain('proposeRevocation');
    }

    // The case found after the decision is recorded as any case.
    const { caseId } = await secretariat.eligibility.recordCase({ cycleId, ...found });
    const proposal = { cycleId, unitId: found.unitId, award: 'provincialFlag' as const, caseId, reason };
    await refused(own.dossier.proposeRevocation(proposal), 'FORBIDDEN_ROLE');
    await refused(deputy.dossier.proposeRevocation(proposal), 'FORBIDDEN_ROLE');
    await refusedWithoutGrounds(head, proposal, '85/QĐ-UBND');

    await head.dossier.proposeRevocation(proposal);
    await refused(head.dossier.proposeRevocation(proposal), 'REVOCATION_ALREADY_PROPOSED');
    expect((await c.state()).revocations).toEqual([
      expect.objectContaining({ unitId: found.unitId, award: 'provincialFlag', caseId, reason }),
    ]);

    // The history, as the secretariat and the bloc read it.
    const history = await secretariat.audit.list({ cycleId, page: { limit: 200, offset: 0 } });
    expect(history.rows.find((r) => r.action === 'award.proposeRevocation')).toMatchObject({
      actionLabel: 'Đề nghị hủy/thu hồi khen thưởng',
      detail: expect.stringContaining(reason),
    });

    // The dossier: the proposal with its case, and its Tờ trình among the year's records.
    const dossier = await waitFor(
      () => secretariat.dossier.list({ cycleId }),
      (d) => d.revocations.length === 1 && d.documents.some((x) => x.recordType === 'revocationProposal'),
    );
    expectProposalListed(dossier, found, reason);
    expect((await head.dossier.list({ cycleId })).revocations).toHaveLength(1);

    const [row] = await years.database.db
      .select({ bytes: documents.bytes })
      .from(documents)
      .where(and(eq(documents.cycleId, cycleId), eq(documents.recordType, 'revocationProposal')));
    const record = { year, decisionNumber: '85/QĐ-UBND', headUnitId: 'u-ttt' };
    expectRevocationRecord(new Uint8Array(row?.bytes as Buffer), record, found, reason);
  }, 360_000);
});
