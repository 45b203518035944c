import { DomainError } from '../errors';
import { baseSalaries, legalSource, nationalCitations } from './legal-texts';
import {
  type DecisionRule,
  type EligibilityBlock,
  type RuleSet,
  ruleSetSchema,
  type VoteRule,
} from './schema';

/** Which national texts govern a cycle year (its conference and proposals fall at the year's end). */
interface LegalEra {
  law: string;
  decree: string;
  /** The decree holding the no-award-while-under-review rule and the reward coefficients. */
  decreeShort: string;
  pressRule: boolean;
}

function eraOf(year: number): LegalEra {
  if (year <= 2023) {
    return {
      law: 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)',
      decree: 'Nghị định số 91/2017/NĐ-CP',
      decreeShort: 'NĐ 91/2017/NĐ-CP',
      pressRule: false,
    };
  }
  if (year === 2024) {
    return {
      law: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
      decree: 'Nghị định số 98/2023/NĐ-CP',
      decreeShort: 'NĐ 98/2023/NĐ-CP',
      pressRule: false,
    };
  }
  return {
    law: 'Luật Thi đua, khen thưởng số 06/2022/QH15',
    decree: 'Nghị định số 152/2025/NĐ-CP',
    decreeShort: 'NĐ 152/2025/NĐ-CP',
    pressRule: true,
  };
}

const BLOC_RULES =
  'Quy định của UBND tỉnh về công tác thi đua, khen thưởng; Quy chế hoạt động của Khối thi đua';

function voteRule(seats: number, maxChoices: number, what: string): VoteRule {
  return {
    quorum: { numerator: 2, denominator: 3 },
    // The bloc's regulation counts on all its members: the seed's flag went through with 7/9.
    denominator: 'allMembers',
    threshold: { percent: 50, comparator: '>' },
    seats,
    maxChoices,
    tiePolicy: 'runoff',
    writtenOpinionsOfAbsentAllowed: false,
    ineligibleChoice: 'invalidateBallot',
    secretBallot: true,
    source: legalSource(
      `Hội nghị chỉ hợp lệ khi có ít nhất 2/3 số đơn vị thành viên tham dự; bỏ phiếu kín ${what}; đơn vị được đề nghị phải đạt trên 50% tổng số đơn vị thành viên của Khối, lấy theo thứ tự số phiếu từ cao xuống thấp; trường hợp bằng phiếu thì bỏ phiếu lại giữa các đơn vị bằng phiếu.`,
      BLOC_RULES,
    ),
  };
}

function eligibilityBlocks(era: LegalEra): EligibilityBlock[] {
  const both = ['provincialFlag', 'certificateOfMerit'] as const;
  const blocks: EligibilityBlock[] = [
    {
      code: 'disciplineUnderReview',
      label: 'Đang bị cơ quan có thẩm quyền xem xét xử lý kỷ luật',
      appliesTo: [...both],
      source: legalSource(
        'Không xét khen thưởng hoặc đề nghị cấp trên khen thưởng cho tập thể, cá nhân đang trong thời gian cơ quan có thẩm quyền đang xem xét thi hành kỷ luật.',
        era.decree,
      ),
    },
    {
      code: 'investigationOnViolationSigns',
      label: 'Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm',
      appliesTo: [...both],
      source: legalSource(
        'Không xét khen thưởng hoặc đề nghị khen thưởng khi tập thể, cá nhân đang bị điều tra, thanh tra, kiểm tra, kiểm toán khi có dấu hiệu vi phạm.',
        era.decree,
      ),
    },
    {
      code: 'pendingComplaintOrDenunciation',
      label: 'Có đơn thư khiếu nại, tố cáo đang được xác minh, làm rõ',
      appliesTo: [...both],
      source: legalSource(
        'Không xét khen thưởng hoặc đề nghị khen thưởng khi có đơn thư khiếu nại, tố cáo đang được xác minh, làm rõ.',
        era.decree,
      ),
    },
    {
      code: 'collectiveDiscipline',
      label: 'Tập thể bị xử lý kỷ luật trong năm',
      appliesTo: [...both],
      source: legalSource(
        'Tập thể được đề nghị tặng Cờ thi đua, Bằng khen phải nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh; tập thể bị kỷ luật không được bình xét.',
        `${era.law}; ${BLOC_RULES}`,
      ),
    },
  ];
  blocks.push({
    code: 'other',
    label: 'Có vụ việc khác đang được cơ quan có thẩm quyền xem xét',
    appliesTo: ['provincialFlag'],
    source: legalSource(
      'Đơn vị được suy tôn Cờ thi đua phải là tập thể tiêu biểu, dẫn đầu Khối; Khối không bình xét suy tôn đơn vị có vụ việc đang được cơ quan có thẩm quyền xem xét cho đến khi có kết luận.',
      BLOC_RULES,
    ),
  });
  if (era.pressRule) {
    blocks.push({
      code: 'pressCorruptionUnderVerification',
      label: 'Có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh',
      appliesTo: [...both],
      source: legalSource(
        'Không khen thưởng hoặc đề nghị khen thưởng khi có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh, làm rõ.',
        era.decree,
      ),
    });
  }
  return blocks;
}

/**
 * The national default rule set of a cycle year, as data (legal texts in Vietnamese).
 * Eras: ≤2023 = Luật 2003 + NĐ 91/2017; 2024 = Luật 2022 + NĐ 98/2023; ≥2025 = NĐ 152/2025.
 * Thresholds, quotas and seats are bloc practice ([K]): a province overrides them with its own data.
 */
export function defaultRuleSet(year: number): RuleSet {
  if (!Number.isInteger(year) || year < 2018 || year > 2100) {
    throw new DomainError('INVALID_INPUT', `Chưa có bộ quy định thi đua mặc định cho năm ${year}.`, { year });
  }
  const era = eraOf(year);
  const ruleSet: RuleSet = {
    id: `default-${year}`,
    year,
    provinceId: null,
    title: `Quy định thi đua, khen thưởng áp dụng cho năm ${year}`,
    quotas: {
      provincialFlag: {
        maxCount: 1,
        source: legalSource(
          'Cờ thi đua của UBND tỉnh tặng cho tập thể tiêu biểu xuất sắc, dẫn đầu Khối thi đua: mỗi Khối suy tôn 01 đơn vị.',
          `${era.law}; ${BLOC_RULES}`,
        ),
      },
      certificateOfMerit: {
        maxCount: 3,
        source: legalSource(
          'Mỗi Khối đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho không quá 03 đơn vị.',
          BLOC_RULES,
        ),
      },
    },
    eligibilityBlocks: eligibilityBlocks(era),
    candidacy: {
      provincialFlag: {
        minTier: 'excellent',
        barredByDisqualifier: true,
        source: legalSource(
          'Đơn vị được suy tôn Cờ thi đua phải hoàn thành xuất sắc nhiệm vụ, vượt các chỉ tiêu thi đua và không vi phạm điều kiện loại.',
          `${era.law}; ${BLOC_RULES}`,
        ),
      },
      certificateOfMerit: {
        minTier: 'good',
        barredByDisqualifier: true,
        source: legalSource(
          'Đơn vị được đề nghị tặng Bằng khen phải hoàn thành tốt nhiệm vụ trở lên và không vi phạm điều kiện loại.',
          `${era.law}; ${BLOC_RULES}`,
        ),
      },
    },
    votes: {
      provincialFlag: voteRule(1, 1, 'chọn 01 đơn vị đề nghị tặng Cờ thi đua'),
      certificateOfMerit: voteRule(3, 3, 'chọn không quá 03 đơn vị đề nghị tặng Bằng khen'),
      blocHead: voteRule(1, 1, 'chọn 01 đơn vị làm Trưởng Khối năm sau'),
      blocDeputy: voteRule(1, 1, 'chọn 01 đơn vị làm Phó Khối năm sau'),
    },
    oneAwardPerUnit: {
      enabled: true,
      source: legalSource(
        'Một hình thức khen thưởng có thể tặng nhiều lần, nhưng không tặng nhiều hình thức khen thưởng cho một thành tích đạt được.',
        era.law,
      ),
    },
    rotation: {
      headMayRepeat: false,
      deputyBecomesHead: true,
      source: legalSource(
        'Trưởng Khối, Phó Trưởng Khối do các đơn vị thành viên bầu luân phiên hằng năm tại Hội nghị tổng kết.',
        'Hướng dẫn số 1122/BTĐKT-VI ngày 30/6/2011 của Ban Thi đua - Khen thưởng Trung ương',
      ),
    },
    lateSubmission: {
      pointsPerLateReport: 0.5,
      source: legalSource('Mỗi báo cáo gửi chậm so với thời hạn bị trừ 0,5 điểm.', BLOC_RULES),
    },
    citations: nationalCitations(),
    decision: practiceDecisionRule(),
    rewards: {
      coefficients: {
        provincialFlag: {
          value: 8,
          source: legalSource('Cờ thi đua của bộ, ban, ngành, tỉnh: 8,0 lần mức lương cơ sở.', era.decree),
        },
        certificateOfMerit: {
          value: 2,
          source: legalSource(
            'Bằng khen của Chủ tịch UBND tỉnh: cá nhân 1,0 lần mức lương cơ sở; tập thể gấp 02 lần mức tiền thưởng đối với cá nhân.',
            era.decree,
          ),
        },
      },
      baseSalaries: baseSalaries(),
      // VERIFY the exact article; the rounding rule has been stable across decrees.
      roundUpTo: {
        value: 10_000,
        source: legalSource(
          'Tiền thưởng sau khi nhân với mức lương cơ sở được làm tròn số lên hàng chục nghìn đồng.',
          era.decree,
        ),
      },
    },
  };
  return ruleSet;
}

/**
 * Who proposes the Chairman's decision and who carries it out, as provinces practise it: the Director
 * of the Sở Nội vụ proposes (its Ban Thi đua - Khen thưởng appraises the dossier); the Office, the
 * Sở Nội vụ and the Sở Tài chính (which funds the rewards) carry it out.
 */
export function practiceDecisionRule(): DecisionRule {
  return {
    proposer: 'Giám đốc Sở Nội vụ',
    executors: ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính'],
    source: legalSource(
      'Sở Nội vụ (Ban Thi đua - Khen thưởng) thẩm định hồ sơ, trình Chủ tịch UBND tỉnh quyết định khen thưởng; Sở Tài chính bảo đảm kinh phí khen thưởng.',
      'Quy định của UBND tỉnh về công tác thi đua, khen thưởng',
    ),
  };
}

/**
 * A rule set read back from storage. One saved before rule sets described the Chairman's decision
 * (no `decision` at all) is read with the province's practice (practiceDecisionRule), as the decision
 * record printed it then; anything else must be as complete as a rule set saved today. A rule set
 * typed in the editor goes through parseRuleSet, where `decision` stays required.
 */
export function parseStoredRuleSet(input: unknown): RuleSet {
  const stored =
    typeof input === 'object' && input !== null && !('decision' in input)
      ? { ...input, decision: practiceDecisionRule() }
      : input;
  return parseRuleSet(stored);
}

/** Validates (and NFC-normalises) a rule set from storage or an editor; RULESET_INVALID on failure. */
export function parseRuleSet(input: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(input);
  if (!result.success) {
    throw new DomainError('RULESET_INVALID', undefined, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}
