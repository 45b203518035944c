import { addDays, type IsoDate, isInForce } from '../dates';
import { DomainError } from '../errors';
import type { BlocLeadership, BlocMembership, DatedName, OrgEvent, Unit } from './types';

/** The name in force at `date`: a 2023 record prints 2023 names. Throws NAME_NOT_IN_FORCE if none. */
export function nameAt(names: readonly DatedName[], date: IsoDate): string {
  return datedNameAt(names, date).name;
}

export function shortNameAt(names: readonly DatedName[], date: IsoDate): string {
  const n = datedNameAt(names, date);
  return n.shortName ?? n.name;
}

export function datedNameAt(names: readonly DatedName[], date: IsoDate): DatedName {
  let best: DatedName | undefined;
  for (const n of names) {
    if (isInForce(n, date) && (!best || n.validFrom > best.validFrom)) best = n;
  }
  if (!best) {
    throw new DomainError('NAME_NOT_IN_FORCE', `Không có tên gọi nào có hiệu lực vào ngày ${date}.`, {
      date,
      names: names.map((n) => n.name),
    });
  }
  return best;
}

/** Returns the names with the current one closed the day before `date` and `newName` opened on `date`. */
export function renameFrom(
  names: readonly DatedName[],
  date: IsoDate,
  newName: Omit<DatedName, 'validFrom' | 'validTo'>,
): DatedName[] {
  const current = datedNameAt(names, date);
  if (current.validFrom === date) {
    throw new DomainError('INVALID_INPUT', `Đã có tên gọi bắt đầu từ ngày ${date}.`, { date });
  }
  const closed = names.map((n) => (n === current ? { ...n, validTo: addDays(date, -1) } : n));
  return [...closed, { ...newName, validFrom: date }];
}

export function unitExistsAt(unit: Unit, date: IsoDate): boolean {
  return isInForce(unit, date);
}

/** The units (or provinces) that carry on `id` after merges, splits and transfers, as of `date`. */
export function successorsOf(
  events: readonly OrgEvent[],
  id: string,
  date: IsoDate,
  entity: OrgEvent['entity'] = 'unit',
): string[] {
  const sorted = [...events].filter((e) => e.entity === entity).sort((a, b) => (a.date < b.date ? -1 : 1));
  let current = [id];
  for (const e of sorted) {
    if (e.date > date) break;
    current = current.flatMap((id) => (e.fromIds.includes(id) && e.kind !== 'rename' ? e.toIds : [id]));
  }
  return [...new Set(current)];
}

/** The units whose history flows into `unitId` (itself included), for multi-year reports. */
export function lineageOf(events: readonly OrgEvent[], unitId: string): string[] {
  const seen = new Set([unitId]);
  const queue = [unitId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const e of events) {
      if (e.entity !== 'unit' || !e.toIds.includes(id)) continue;
      for (const from of e.fromIds) {
        if (!seen.has(from)) {
          seen.add(from);
          queue.push(from);
        }
      }
    }
  }
  return [...seen];
}

export function membersOf(memberships: readonly BlocMembership[], blocId: string, year: number): string[] {
  const m = memberships.find((x) => x.blocId === blocId && x.year === year);
  if (!m) {
    throw new DomainError('NOT_FOUND', `Chưa có danh sách thành viên của Khối năm ${year}.`, {
      blocId,
      year,
    });
  }
  return [...m.unitIds];
}

export function leadershipOf(
  leaderships: readonly BlocLeadership[],
  blocId: string,
  year: number,
): BlocLeadership | undefined {
  return leaderships.find((l) => l.blocId === blocId && l.year === year);
}

/** Unit lookup by id that fails with NOT_FOUND instead of returning undefined. */
export function unitById(units: readonly Unit[], unitId: string): Unit {
  const u = units.find((x) => x.id === unitId);
  if (!u) throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị "${unitId}".`, { unitId });
  return u;
}
