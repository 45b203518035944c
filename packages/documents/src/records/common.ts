import { dateLine } from '../format/date';
import { pad2 } from '../format/text';
import type { CheckedMeta } from '../validate/fields';

export const numberLine = (number: string): string => `Số: ${number}`;

export const metaDateLine = (meta: CheckedMeta): string => dateLine(meta.place, meta.date);

/** "01 tập thể" — counts below 10 are zero-padded in administrative text. */
export const countText = (n: number, noun: string): string => `${pad2(n)} ${noun}`;

/** "Thanh tra tỉnh, Bộ Chỉ huy Quân sự tỉnh và Sở Tư pháp" */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** The trailing mark of the last body paragraph: "./." per administrative practice. */
export const endMark = (text: string): string => `${text.trim().replace(/[.;]+$/, '')}./.`;
