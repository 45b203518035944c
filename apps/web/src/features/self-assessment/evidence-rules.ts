import { EVIDENCE_MAX_BYTES, evidenceContentTypes, evidenceExtensions } from '@thidua/domain';
import { t } from '../../i18n';
import { formatBytes } from '../../lib/format';

const extensions = evidenceContentTypes.flatMap((type) => evidenceExtensions[type]);

/** What the file chooser offers. */
export const evidenceAccept = extensions.join(',');

/** The allowed types as people name them: "PDF, JPG, JPEG, PNG, DOCX, XLSX". */
const evidenceTypeNames = extensions.map((e) => e.slice(1).toUpperCase()).join(', ');

/** The rule shown before a file is chosen. */
export const evidenceRules = t.selfAssessment.uploadRules(evidenceTypeNames, formatBytes(EVIDENCE_MAX_BYTES));

/** Why a chosen file cannot be sent, checked in the browser before a byte leaves it; undefined when fine. */
export function evidenceProblem(file: { name: string; size: number }): string | undefined {
  const name = file.name.toLowerCase();
  if (!extensions.some((e) => name.endsWith(e)))
    return t.selfAssessment.wrongType(file.name, evidenceTypeNames);
  if (file.size > EVIDENCE_MAX_BYTES)
    return t.selfAssessment.tooLarge(file.name, formatBytes(file.size), formatBytes(EVIDENCE_MAX_BYTES));
  return undefined;
}
