import { type AwardKind, type VoteKind, voteKindLabels, voteKinds } from '@thidua/domain';

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const isVoteKind = (value: unknown): value is VoteKind => voteKinds.includes(value as VoteKind);

export interface Names {
  unit: (id: string) => string;
  /** "Khối … – năm …" */
  cycle: string;
}

/** "Vòng 2 – Cờ thi đua của UBND tỉnh" from a round id `${cycleId}:${voteKind}:${number}`. */
function roundLabel(roundId: string): string {
  const [kind, number] = roundId.split(':').slice(-2);
  return isVoteKind(kind) ? `Vòng ${number} – ${voteKindLabels[kind]}` : '';
}

/** Awards as "Cờ thi đua của UBND tỉnh: Sở A" (decision, confirmed results). */
function awardsOf(value: unknown, names: Names): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter((x): x is { unitId: string; award: AwardKind } => typeof x?.unitId === 'string')
    .map((x) => `${voteKindLabels[x.award] ?? x.award}: ${names.unit(x.unitId)}`)
    .join('; ');
}

/** What a row is about, by name: the year, a unit, a voting round. */
export function subjectOf(
  row: { entity: string; entityId: string | null; after: Record<string, unknown> },
  names: Names,
): string {
  const unitId = text(row.after.unitId) || (row.entity === 'unit' ? (row.entityId ?? '') : '');
  const unit = unitId ? names.unit(unitId) : '';
  if (row.entity === 'voteRound' && row.entityId) {
    return [roundLabel(row.entityId), unit].filter(Boolean).join(' – ');
  }
  return unit || names.cycle;
}

/** A short readable line of what a step touched: units by name, the vote, the reason… — no ids. */
export function detailOf(after: Record<string, unknown>, names: Names): string {
  const unitId = text(after.unitId);
  const elected = ids(after.electedIds).map(names.unit);
  const tied = ids(after.tiedIds).map(names.unit);
  const candidates = ids(after.candidates).map(names.unit);
  return [
    unitId && names.unit(unitId),
    isVoteKind(after.voteKind) ? voteKindLabels[after.voteKind] : '',
    text(after.number),
    text(after.title),
    text(after.reason),
    candidates.length > 0 ? `Danh sách bình xét: ${candidates.join(', ')}` : '',
    elected.length > 0 ? `Trúng: ${elected.join(', ')}` : '',
    tied.length > 0 ? `Bằng phiếu: ${tied.join(', ')}` : '',
    awardsOf(after.awards ?? after.nominations, names),
    typeof after.voters === 'number' ? `${after.voters} đơn vị đã bỏ phiếu` : '',
    Array.isArray(after.changes) && after.changes.length > 0
      ? `${after.changes.length} dòng điểm thay đổi`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The unit ids a row names (its subject, the elected, the awarded…), to look their names up at once. */
export function unitIdsOf(row: { entity: string; entityId: string | null; after: Record<string, unknown> }) {
  const awards = Array.isArray(row.after.awards ?? row.after.nominations)
    ? ((row.after.awards ?? row.after.nominations) as { unitId?: unknown }[]).map((x) => text(x?.unitId))
    : [];
  return [
    text(row.after.unitId),
    row.entity === 'unit' ? (row.entityId ?? '') : '',
    ...ids(row.after.electedIds),
    ...ids(row.after.tiedIds),
    ...ids(row.after.candidates),
    ...awards,
  ].filter(Boolean);
}
