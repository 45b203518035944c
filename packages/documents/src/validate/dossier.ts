import type { DossierInput } from '../dossier';
import { DocumentDataError } from '../errors';

const ids = (units: readonly { readonly id: string }[]) => units.map((u) => u.id);
const key = (kind: string, id: string) => `${kind}:${id}`;

/** Checks that the records of one dossier tell the same story. */
export function checkDossier(d: DossierInput): void {
  const proposed = d.proposal.proposals.flatMap((p) => ids(p.units).map((id) => key(p.award.kind, id)));

  // The list attached to the Tờ trình names exactly the proposed units.
  const listed = d.nominationList.rows.map((r) => key(r.award.kind, r.unit.id));
  if ([...proposed].sort().join('|') !== [...listed].sort().join('|')) {
    throw new DocumentDataError(
      'INCONSISTENT_COUNTS',
      'Danh sách đề nghị khen thưởng không khớp với các đề nghị trong Tờ trình.',
      'nominationList.rows',
    );
  }
  if (d.nominationList.attachedTo.number !== d.proposal.meta.number) {
    throw new DocumentDataError(
      'INCONSISTENT_COUNTS',
      `Danh sách ghi kèm theo Tờ trình số ${d.nominationList.attachedTo.number}, nhưng Tờ trình mang số ${d.proposal.meta.number}.`,
      'nominationList.attachedTo',
    );
  }

  // Mẫu 02: one achievement report per nominated unit.
  const reported = new Set(d.achievementReports.map((r) => r.unitId));
  for (const p of d.proposal.proposals) {
    for (const u of p.units) {
      if (!reported.has(u.id)) {
        throw new DocumentDataError(
          'MISSING_FIELD',
          `Thiếu Báo cáo thành tích (Mẫu 02) của ${u.name}, đơn vị được đề nghị tặng ${p.award.name}.`,
          'achievementReports',
        );
      }
    }
  }

  // The draft decision answers this Tờ trình.
  if (d.decision && d.decision.proposal?.number !== d.proposal.meta.number) {
    throw new DocumentDataError(
      'DECISION_WITHOUT_PROPOSAL',
      `Dự thảo Quyết định không căn cứ Tờ trình số ${d.proposal.meta.number} của hồ sơ này.`,
      'decision.proposal',
    );
  }
}
