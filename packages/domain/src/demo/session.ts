import { vietnamDate, vietnamTime } from '../dates';
import type { ConferenceSessionInput, SessionPerson } from '../vote/session';

/**
 * Who runs a demo bloc's conference: the delegates of the demo units (fictitious people), and for
 * any other bloc (synthetic data for load tests) delegates named after their unit's position in the
 * room. Used by the demo walk-through, the tests and the benchmark; a real bloc types its own.
 */
const DEMO_DELEGATES: Readonly<Record<string, readonly [name: string, post: string]>> = {
  'u-snv': ['Đinh Văn Khánh', 'Phó Chánh Văn phòng Sở Nội vụ'],
  'u-cat': ['Hoàng Văn Sơn', 'Phó Chánh Văn phòng Công an tỉnh'],
  'u-vksnd': ['Bế Thị Hạnh', 'Chuyên viên Văn phòng Viện Kiểm sát nhân dân tỉnh'],
  'u-ttt': ['La Thị Huyền', 'Chánh Văn phòng Thanh tra tỉnh'],
  'u-stp': ['Hà Thị Lan', 'Giám đốc Sở Tư pháp'],
  'u-bchqs': ['Ma Văn Cường', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'],
  'u-tand': ['Hoàng Thị Thu', 'Chánh án Tòa án nhân dân tỉnh'],
  'u-thads': ['Lục Văn Tâm', 'Cục trưởng Cục Thi hành án dân sự tỉnh'],
  'u-qltt': ['Phùng Văn Đức', 'Cục trưởng Cục Quản lý thị trường tỉnh'],
};

/** The heads who chair: the demo bloc's unit heads. */
const DEMO_HEADS: Readonly<Record<string, readonly [name: string, post: string]>> = {
  'u-snv': ['Nông Văn Hải', 'Giám đốc Sở Nội vụ'],
  'u-ttt': ['Lường Văn Thành', 'Chánh Thanh tra tỉnh'],
  'u-cat': ['Triệu Đức Quang', 'Giám đốc Công an tỉnh'],
  'u-stp': ['Hà Thị Lan', 'Giám đốc Sở Tư pháp'],
};

/**
 * A complete session for a demo or synthetic conference: the chair from the bloc head's unit when
 * present, a three-member counting board and the secretary from the present units (others first),
 * never the same person twice.
 */
export function demoConferenceSession(options: {
  presentUnitIds: readonly string[];
  headUnitId: string;
  /** Defaults to now: a session is recorded as it happens. */
  at?: number;
}): ConferenceSessionInput {
  const at = options.at ?? Date.now();
  const present = [...options.presentUnitIds];
  const chairUnit = present.includes(options.headUnitId) ? options.headUnitId : present[0];
  if (!chairUnit) throw new Error('a session needs at least one unit present');
  const taken = new Set<string>();
  let generic = 0;
  const person = (unitId: string, known = DEMO_DELEGATES[unitId]): SessionPerson => {
    const chosen =
      known && !taken.has(known[0])
        ? { unitId, name: known[0], post: known[1] }
        : { unitId, name: `Đại biểu số ${++generic}`, post: `Đại diện đơn vị ${unitId}` };
    taken.add(chosen.name);
    return chosen;
  };
  const chair = person(chairUnit, DEMO_HEADS[chairUnit] ?? DEMO_DELEGATES[chairUnit]);
  const others = present.filter((id) => id !== chairUnit);
  const preferred = ['u-snv', 'u-cat', 'u-vksnd'].filter((id) => others.includes(id));
  const pool = [...preferred, ...others.filter((id) => !preferred.includes(id)), chairUnit];
  const countingBoard = [0, 1, 2].map((i) => ({
    ...person(pool[i % pool.length] as string),
    role: i === 0 ? ('head' as const) : ('member' as const),
  }));
  const secretary = person(others.includes('u-ttt') ? 'u-ttt' : (others.at(-1) ?? chairUnit));
  return {
    heldOn: vietnamDate(at),
    startTime: vietnamTime(at),
    venue: 'Hội trường tầng 3, trụ sở Sở Nội vụ',
    chair,
    secretary,
    countingBoard,
    guests: ['Đại diện Ban Thi đua - Khen thưởng, Sở Nội vụ'],
  };
}
