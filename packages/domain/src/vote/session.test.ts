import { describe, expect, it } from 'vitest';
import { demoConferenceSession } from '../demo/session';
import { expectDomainError } from '../test-helpers';
import { checkConferenceSession } from './session';

const present = ['u-snv', 'u-stp', 'u-ttt', 'u-cat', 'u-vksnd'];
// 04/01/2023, 09:30 in Vietnam.
const now = Date.parse('2023-01-04T02:30:00Z');
const session = demoConferenceSession({
  presentUnitIds: present,
  headUnitId: 'u-snv',
  at: now - 30 * 60_000,
});
const check = (input: unknown, units = present) => checkConferenceSession(input, units, now);

describe('conference session', () => {
  it('accepts a session run by delegates of present units', () => {
    expect(session).toMatchObject({ heldOn: '2023-01-04', startTime: '09:00' });
    const checked = check(session);
    expect(checked.chair).toMatchObject({ unitId: 'u-snv', name: 'Nông Văn Hải' });
    expect(checked.countingBoard.filter((m) => m.role === 'head')).toHaveLength(1);
  });

  it.each([
    ['no session at all', undefined, 'Chưa nhập thông tin phiên họp'],
    ['no venue', { ...session, venue: '  ' }, 'Chưa nhập địa điểm họp.'],
    ['a time that is not HH:MM', { ...session, startTime: '8h' }, 'Giờ bắt đầu phải có dạng giờ:phút'],
    ['no secretary', { ...session, secretary: undefined }, 'Chưa nhập thư ký Hội nghị.'],
    [
      'a board of one',
      { ...session, countingBoard: session.countingBoard.slice(0, 1) },
      'Ban kiểm phiếu cần ít nhất 02 người',
    ],
  ])('refuses %s, in Vietnamese', (_case, input, message) => {
    expect(() => check(input)).toThrow(message);
    expectDomainError(() => check(input), 'INVALID_INPUT');
  });

  it('refuses a chair from a unit not in the room, and two board heads', () => {
    expect(() => check(session, ['u-stp', 'u-ttt', 'u-cat', 'u-vksnd'])).toThrow(
      'phải là người của một đơn vị có mặt',
    );
    const twoHeads = session.countingBoard.map((m) => ({ ...m, role: 'head' as const }));
    expect(() => check({ ...session, countingBoard: twoHeads })).toThrow('đúng 01 Trưởng ban');
  });

  it('names distinct people even when few units are present', () => {
    const small = demoConferenceSession({ presentUnitIds: ['x1'], headUnitId: 'x1', at: now });
    expect(() => check(small, ['x1'])).not.toThrow();
  });

  it('is recorded as it happens: today in Vietnam, once started', () => {
    expect(() => check({ ...session, heldOn: '2023-01-03' })).toThrow(
      'Ngày họp phải là hôm nay (04/01/2023)',
    );
    expect(() => check({ ...session, startTime: '10:00' })).toThrow('Giờ bắt đầu 10:00 chưa đến');
    expect(check({ ...session, startTime: '09:30' }).startTime).toBe('09:30');
  });
});
