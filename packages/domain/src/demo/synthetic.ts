import type { Cycle } from '../cycle';
import { DomainError } from '../errors';
import type { Official } from '../org/officials';
import type { Bloc, BlocLeadership, BlocMembership, Province, Unit } from '../org/types';
import { defaultRuleSet } from '../rules/defaults';
import type { UnitStatus } from '../rules/eligibility';
import type { RuleSet, VoteKind } from '../rules/schema';
import { allCriteria } from '../scoring/points';
import type { ScoreSheet } from '../scoring/sheet';
import { copyTemplateForYear, type ScoringTemplate } from '../scoring/template';
import type { Ballot } from '../vote/ballot';
import { createRng, randInt, shuffled } from './prng';
import { demoTemplate2022 } from './template';

export interface SyntheticOptions {
  provinces: number;
  blocsPerProvince: number;
  unitsPerBloc: number;
  /** Number of consecutive cycle years, starting at `startYear`. */
  years: number;
  seed: number;
  startYear?: number;
  /** Generate conference ballots (default true). */
  withBallots?: boolean;
}

export interface SyntheticCycleData {
  cycle: Cycle;
  sheets: ScoreSheet[];
  statuses: UnitStatus[];
  ballots: Partial<Record<VoteKind, Ballot[]>>;
}

export interface SyntheticDataset {
  provinces: Province[];
  blocs: Bloc[];
  units: Unit[];
  memberships: BlocMembership[];
  leaderships: BlocLeadership[];
  /** A head per unit, a UBND chairman per province and a secretary per bloc: records need them. */
  officials: Official[];
  ruleSets: RuleSet[];
  templates: ScoringTemplate[];
  cycles: SyntheticCycleData[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// Generic names picked by position, not by the generator's random stream: adding people leaves
// every other generated value unchanged.
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const givenNames = ['Văn Hùng', 'Thị Lan', 'Văn Minh', 'Thị Hoa', 'Văn Dũng', 'Thị Mai', 'Văn Sơn'];
export const syntheticName = (n: number) =>
  `${familyNames[n % familyNames.length]} ${givenNames[Math.floor(n / familyNames.length) % givenNames.length]}`;
const personFrom = '2000-01-01';

function sheetFor(rng: () => number, template: ScoringTemplate, unitId: string): ScoreSheet {
  const criteria = allCriteria(template).map((c) => {
    const steps = Math.floor((c.maxPoints * 0.3) / template.scoreStep);
    const selfScore = c.maxPoints - randInt(rng, 0, Math.floor(steps / 2)) * template.scoreStep;
    const lower = rng() < 0.15 && selfScore >= template.scoreStep;
    return lower
      ? {
          criterionId: c.id,
          selfScore,
          reviewedScore: selfScore - template.scoreStep,
          reviewReason: 'Minh chứng chưa đầy đủ.',
        }
      : { criterionId: c.id, selfScore };
  });
  const bonusItem = template.bonus.items[randInt(rng, 0, Math.max(0, template.bonus.items.length - 1))];
  return {
    unitId,
    criteria,
    bonuses: bonusItem && rng() < 0.5 ? [{ itemId: bonusItem.id, selfPoints: bonusItem.maxPoints }] : [],
    lateReports: rng() < 0.1 ? 1 : 0,
  };
}

function ballotsFor(rng: () => number, members: readonly string[], kind: VoteKind): Ballot[] {
  const favourites = shuffled(rng, members);
  const many = kind === 'certificateOfMerit';
  return members.map((): Ballot => {
    const roll = rng();
    if (roll < 0.02) return { kind: 'spoiled' };
    if (roll < 0.05) return { kind: 'blank' };
    if (!many) return { kind: 'choices', candidateIds: [favourites[rng() < 0.8 ? 0 : 1] as string] };
    const picks = shuffled(rng, favourites.slice(0, 5)).slice(0, roll < 0.08 ? 4 : 3);
    return { kind: 'choices', candidateIds: picks };
  });
}

/**
 * A deterministic synthetic dataset for benchmarks (e.g. 34 provinces × 20 blocs × 10 units × 3
 * years). Same options → same data, byte for byte.
 */
export function generateSyntheticDataset(options: SyntheticOptions): SyntheticDataset {
  const { provinces: np, blocsPerProvince: nb, unitsPerBloc: nu, years: ny, seed } = options;
  for (const [k, v] of Object.entries({ np, nb, nu, ny })) {
    if (!Number.isSafeInteger(v) || v < 1)
      throw new DomainError('INVALID_INPUT', `Tham số không hợp lệ: ${k}.`, { [k]: v });
  }
  if (nu < 3) throw new DomainError('INVALID_INPUT', 'Mỗi Khối cần ít nhất 3 đơn vị.', { unitsPerBloc: nu });
  const startYear = options.startYear ?? 2022;
  const withBallots = options.withBallots ?? true;
  const rng = createRng(seed);
  const years = Array.from({ length: ny }, (_, i) => startYear + i);
  const data: SyntheticDataset = {
    provinces: [],
    blocs: [],
    units: [],
    memberships: [],
    leaderships: [],
    officials: [],
    ruleSets: years.map((y) => defaultRuleSet(y)),
    templates: [],
    cycles: [],
  };
  const votes: VoteKind[] = ['provincialFlag', 'certificateOfMerit', 'blocHead', 'blocDeputy'];

  for (let p = 1; p <= np; p++) {
    const provinceId = `sp-${pad(p)}`;
    data.provinces.push({
      id: provinceId,
      code: `P${pad(p)}`,
      names: [{ name: `Tỉnh Thử nghiệm ${pad(p)}`, validFrom: '2000-01-01' }],
      placeNames: [{ name: `Thử nghiệm ${pad(p)}`, validFrom: '2000-01-01' }],
    });
    data.officials.push({
      position: 'committeeChair',
      orgId: provinceId,
      fullName: syntheticName(p),
      title: 'Chủ tịch UBND tỉnh',
      signatureTitle: 'CHỦ TỊCH',
      validFrom: personFrom,
    });
    for (let b = 1; b <= nb; b++) {
      const blocId = `${provinceId}-b${pad(b)}`;
      data.blocs.push({
        id: blocId,
        provinceId,
        issuerCode: `KTĐ${pad(b)}`,
        names: [{ name: `KHỐI THI ĐUA SỐ ${pad(b)}`, validFrom: '2000-01-01' }],
      });
      data.officials.push({
        position: 'blocSecretary',
        orgId: blocId,
        fullName: syntheticName(p + b),
        title: `Chuyên viên Văn phòng Đơn vị thử nghiệm 01 - Khối ${pad(b)} - Tỉnh ${pad(p)}`,
        validFrom: personFrom,
      });
      const memberIds: string[] = [];
      for (let u = 1; u <= nu; u++) {
        const id = `${blocId}-u${pad(u)}`;
        memberIds.push(id);
        data.units.push({
          id,
          code: `P${pad(p)}B${pad(b)}U${pad(u)}`,
          provinceId,
          validFrom: '2000-01-01',
          names: [
            {
              name: `Đơn vị thử nghiệm ${pad(u)} - Khối ${pad(b)} - Tỉnh ${pad(p)}`,
              validFrom: '2000-01-01',
            },
          ],
        });
        data.officials.push({
          position: 'unitHead',
          orgId: id,
          fullName: syntheticName(p + b + u),
          title: `Giám đốc Đơn vị thử nghiệm ${pad(u)} - Khối ${pad(b)} - Tỉnh ${pad(p)}`,
          signatureTitle: 'GIÁM ĐỐC',
          validFrom: personFrom,
        });
      }
      for (const year of years) {
        data.memberships.push({ blocId, year, unitIds: [...memberIds] });
        // Deputy rotates to head the next year.
        const headIndex = (year + b) % nu;
        data.leaderships.push({
          blocId,
          year,
          headUnitId: memberIds[headIndex] as string,
          deputyUnitId: memberIds[(headIndex + 1) % nu] as string,
        });
        const base = { ...demoTemplate2022, blocId };
        const template = copyTemplateForYear(base, year, `tpl-${blocId}-${year}`);
        data.templates.push(template);
        const cycle: Cycle = {
          id: `cy-${blocId}-${year}`,
          blocId,
          year,
          ruleSetId: `default-${year}`,
          templateId: template.id,
          calendar: {
            registrationDue: `${year}-03-15`,
            pactSigningDate: `${year}-03-10`,
            midYearReportDue: `${year}-06-20`,
            selfAssessmentDue: `${year}-12-05`,
            reviewDue: `${year}-12-15`,
            conferenceDate: `${year}-12-22`,
            dossierDue: `${year + 1}-01-10`,
          },
        };
        data.cycles.push({
          cycle,
          sheets: memberIds.map((id) => sheetFor(rng, template, id)),
          statuses: memberIds.map((unitId) => ({
            unitId,
            flags: rng() < 0.03 ? ['pendingComplaintOrDenunciation'] : [],
          })),
          ballots: withBallots
            ? Object.fromEntries(votes.map((k) => [k, ballotsFor(rng, memberIds, k)]))
            : {},
        });
      }
    }
  }
  return data;
}
