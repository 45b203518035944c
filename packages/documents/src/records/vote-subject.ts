import type { VoteSubject } from '../types';

const isOffice = (s: VoteSubject): boolean => s.kind === 'blocHead' || s.kind === 'blocDeputy';

/** A round electing the bloc's leadership rather than proposing awards. */
export const isElection = (subjects: readonly VoteSubject[]): boolean => subjects.some(isOffice);

/** "đề nghị tặng Cờ thi đua của UBND tỉnh" / "bầu đơn vị Trưởng Khối năm 2024". */
export function votePhrase(s: VoteSubject): string {
  return isOffice(s) ? `bầu đơn vị ${s.name}` : `đề nghị tặng ${s.name}`;
}

/** What a ballot may mark: "đơn vị đề nghị tặng …" / "đơn vị làm Trưởng Khối năm 2024". */
export function choicePhrase(s: VoteSubject): string {
  return isOffice(s) ? `đơn vị làm ${s.name}` : `đơn vị đề nghị tặng ${s.name}`;
}

/** Title of a round: "bình xét, suy tôn đề nghị tặng A và B" / "bầu đơn vị Trưởng Khối năm 2024". */
export function roundSubject(subjects: readonly VoteSubject[]): string {
  if (isElection(subjects)) return subjects.map(votePhrase).join(' và ');
  return `bình xét, suy tôn đề nghị tặng ${subjects.map((s) => s.name).join(' và ')}`;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
