import { DomainError } from '../errors';

/**
 * Closing a round while present units have not voted needs the chair's explicit confirmation naming
 * each of them; a unit named that voted meanwhile is simply counted.
 */
export function checkNonVotersConfirmed(
  notVoted: readonly string[],
  confirmed: readonly string[],
  nameOf: (unitId: string) => string = (unitId) => unitId,
): void {
  const unconfirmed = notVoted.filter((id) => !confirmed.includes(id));
  if (unconfirmed.length === 0) return;
  throw new DomainError(
    'NON_VOTERS_UNCONFIRMED',
    `Còn ${unconfirmed.length} đơn vị có mặt chưa bỏ phiếu: ${unconfirmed.map(nameOf).join(', ')}. ` +
      'Chủ trì chờ các đơn vị bỏ phiếu, hoặc kết thúc vòng tại màn hình Hội nghị và xác nhận tên các đơn vị không bỏ phiếu.',
    { unitIds: unconfirmed },
  );
}
