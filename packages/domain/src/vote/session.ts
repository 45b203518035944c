import { z } from 'zod';
import { isoDateSchema, vietnamDate, vietnamTime } from '../dates';
import { DomainError } from '../errors';
import { formatDateShort } from '../format/date-line';
import { cleanText } from '../text';

/**
 * The conference session as it happens (Mẫu 1.9 Biên bản: time, place, chair, secretary; the Ban
 * kiểm phiếu of every vote-count minute). Entered on the conference screen with the attendance;
 * every minute prints these facts and nothing in their place.
 */
const required = (what: string, max = 200) =>
  z
    .string({ error: `Chưa nhập ${what}.` })
    .overwrite(cleanText)
    .min(1, `Chưa nhập ${what}.`)
    .max(max, `${capitalise(what)} dài quá ${max} ký tự.`);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const timeSchema = z
  .string({ error: 'Chưa nhập giờ bắt đầu.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu phải có dạng giờ:phút, ví dụ 08:30.');

/** A delegate present at the session, acting for a member unit. */
const personSchema = (who: string) =>
  z.object(
    {
      unitId: required(`đơn vị của ${who}`, 100),
      name: required(`họ và tên ${who}`),
      /** "Chánh Thanh tra tỉnh", "Phó Giám đốc Sở Tư pháp" */
      post: required(`chức vụ của ${who}`),
    },
    { error: `Chưa nhập ${who}.` },
  );
export const sessionPersonSchema = personSchema('người tham dự');

export const countingBoardRoles = ['head', 'member'] as const;
export const countingBoardRoleLabels: Record<(typeof countingBoardRoles)[number], string> = {
  head: 'Trưởng ban',
  member: 'Thành viên',
};

export const conferenceSessionSchema = z.object(
  {
    heldOn: z.string({ error: 'Chưa nhập ngày họp.' }).pipe(isoDateSchema),
    startTime: timeSchema,
    venue: required('địa điểm họp'),
    chair: personSchema('người chủ trì'),
    secretary: personSchema('thư ký Hội nghị'),
    countingBoard: z
      .array(personSchema('thành viên Ban kiểm phiếu').extend({ role: z.enum(countingBoardRoles) }), {
        error: 'Chưa nhập Ban kiểm phiếu.',
      })
      .min(2, 'Ban kiểm phiếu cần ít nhất 02 người: Trưởng ban và thành viên.')
      .max(7, 'Ban kiểm phiếu có tối đa 07 người.'),
    /** Khách mời: "Đại diện Ban Thi đua - Khen thưởng, Sở Nội vụ". */
    guests: z.array(required('khách mời', 300)).max(30).default([]),
  },
  { error: 'Chưa nhập thông tin phiên họp: ngày, giờ, địa điểm, chủ trì, thư ký, Ban kiểm phiếu.' },
);

export type SessionPerson = z.infer<typeof sessionPersonSchema>;
export type ConferenceSession = z.infer<typeof conferenceSessionSchema>;
export type ConferenceSessionInput = z.input<typeof conferenceSessionSchema>;

/**
 * Parses the session and checks it against the room and the clock: it is recorded as it happens
 * (today in Vietnam, once started, so every time the minutes print follows the start); the chair,
 * the secretary and the counting board are delegates of units recorded present; the board has
 * exactly one head and no one twice. Throws INVALID_INPUT with the first problem, in Vietnamese.
 */
export function checkConferenceSession(
  input: unknown,
  presentUnitIds: readonly string[],
  now: number,
): ConferenceSession {
  const parsed = conferenceSessionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('INVALID_INPUT', issue?.message ?? 'Thông tin phiên họp không hợp lệ.', {
      path: issue?.path.join('.') ?? '',
    });
  }
  const session = parsed.data;
  const today = vietnamDate(now);
  if (session.heldOn !== today) {
    throw new DomainError(
      'INVALID_INPUT',
      `Ngày họp phải là hôm nay (${formatDateShort(today)}): thành phần và diễn biến Hội nghị được ghi nhận khi Hội nghị diễn ra.`,
      { path: 'heldOn' },
    );
  }
  if (session.startTime > vietnamTime(now)) {
    throw new DomainError(
      'INVALID_INPUT',
      `Giờ bắt đầu ${session.startTime} chưa đến: ghi nhận điểm danh khi Hội nghị đã khai mạc.`,
      { path: 'startTime' },
    );
  }
  const present = new Set(presentUnitIds);
  const people = [
    { person: session.chair, what: 'Chủ trì' },
    { person: session.secretary, what: 'Thư ký' },
    ...session.countingBoard.map((person) => ({ person, what: 'Thành viên Ban kiểm phiếu' })),
  ];
  for (const { person, what } of people) {
    if (!present.has(person.unitId)) {
      throw new DomainError(
        'INVALID_INPUT',
        `${what} ${person.name} phải là người của một đơn vị có mặt tại Hội nghị.`,
        { unitId: person.unitId },
      );
    }
  }
  if (session.countingBoard.filter((m) => m.role === 'head').length !== 1) {
    throw new DomainError('INVALID_INPUT', 'Ban kiểm phiếu phải có đúng 01 Trưởng ban.');
  }
  const names = session.countingBoard.map((m) => m.name.toLocaleLowerCase('vi'));
  if (new Set(names).size !== names.length) {
    throw new DomainError('INVALID_INPUT', 'Một người được ghi hai lần trong Ban kiểm phiếu.');
  }
  return session;
}
