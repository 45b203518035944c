import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import { formatDateShort } from '../format/date-line';
import { datedNameAt, successorsOf } from './history';
import type { Bloc, DatedName, OrgEvent, Province } from './types';

/** The names a bloc's record dated `date` carries in its header, date line and addressee. */
export interface IssuerFacts {
  /** "Bắc Kạn" in 2023; "Thái Nguyên" for the same bloc after the 2025 merger. */
  provinceName: string;
  /** Địa danh of the date line. */
  place: string;
  /** "KHỐI THI ĐUA NỘI CHÍNH" */
  blocName: string;
  /** "Khối thi đua Nội chính" */
  blocShort: string;
  issuerCode: string;
}

function missing(what: string, date: IsoDate): DomainError {
  return new DomainError(
    'RECORD_FACT_MISSING',
    `Chưa có ${what} có hiệu lực ngày ${formatDateShort(date)}: hãy nhập tại Quản trị → Tổ chức trước khi lập văn bản.`,
    { what, date },
  );
}

function nameIn(what: string, names: readonly DatedName[], date: IsoDate): DatedName {
  try {
    return datedNameAt(names, date);
  } catch {
    throw missing(what, date);
  }
}

/**
 * Which province a record dated `date` belongs to: the bloc's own, or the one it merged into
 * (a 2023 record of a Bắc Kạn bloc prints Bắc Kạn; a 2026 record prints Thái Nguyên).
 */
export function provinceIdAt(events: readonly OrgEvent[], provinceId: string, date: IsoDate): string {
  const successors = successorsOf(events, provinceId, date, 'province');
  if (successors.length !== 1) throw missing(`tỉnh kế thừa duy nhất của tỉnh ${provinceId}`, date);
  return successors[0] as string;
}

/** The province's official name at `date`, or the missing fact named. */
export function provinceNameAt(province: Province, date: IsoDate): string {
  return nameIn(`tên tỉnh (${province.code})`, province.names, date).name;
}

/** Refuses with the missing fact named: never an ellipsis or a made-up name in a record. */
export function issuerFactsAt(bloc: Bloc, province: Province, date: IsoDate): IssuerFacts {
  const provinceName = provinceNameAt(province, date);
  const place = nameIn(`địa danh của tỉnh ${provinceName}`, province.placeNames, date).name;
  const blocName = nameIn(`tên Khối thi đua (${bloc.id})`, bloc.names, date);
  return {
    provinceName,
    place,
    blocName: blocName.name,
    blocShort: blocName.shortName ?? blocName.name,
    issuerCode: bloc.issuerCode,
  };
}
