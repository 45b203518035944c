import { describe, expect, it } from 'vitest';
import { demoConferenceSession } from '../demo/session';
import { expectDomainError } from '../test-helpers';
import { checkConferenceSession } from './session';

const present = ['u-snv', 'u-stp', 'u-ttt', 'u-cat', 'u-vksnd'];
const session = demoConferenceSession({ heldOn: '2023-01-04', presentUnitIds: present, headUnitId: 'u-snv' });

describe('conference session', () => {
  it('accepts a session run by delegates of present units', () => {
    const checked = checkConferenceSession(session, present);
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
    expect(() => checkConferenceSession(input, present)).toThrow(message);
    expectDomainError(() => checkConferenceSession(input, present), 'INVALID_INPUT');
  });

  it('refuses a chair from a unit not in the room, and two board heads', () => {
    expect(() => checkConferenceSession(session, ['u-stp', 'u-ttt', 'u-cat', 'u-vksnd'])).toThrow(
      'phải là người của một đơn vị có mặt',
    );
    const twoHeads = session.countingBoard.map((m) => ({ ...m, role: 'head' as const }));
    expect(() => checkConferenceSession({ ...session, countingBoard: twoHeads }, present)).toThrow(
      'đúng 01 Trưởng ban',
    );
  });

  it('names distinct people even when few units are present', () => {
    const small = demoConferenceSession({ heldOn: '2023-01-04', presentUnitIds: ['x1'], headUnitId: 'x1' });
    expect(() => checkConferenceSession(small, ['x1'])).not.toThrow();
  });
});
