import { describe, expect, it } from 'vitest';
import { cycleCalendarSchema } from '../cycle';
import { formatPlaceDate } from '../format/date-line';
import { formatDocumentNumber } from '../numbering';
import { nameAt } from '../org/history';
import { roleGrantSchema } from '../org/roles';
import { citationsFor } from '../rules/citations';
import { parseRuleSet } from '../rules/defaults';
import { rewardAmount } from '../rules/rewards';
import { scoringTemplateSchema } from '../scoring/template';
import { scoreIssues } from '../scoring/validate';
import { demoDataset } from './index';
import { computeDemoCycle2022 } from './run2022';

const d = demoDataset;
const name = (id: string) => nameAt(d.units.find((u) => u.id === id)?.names ?? [], '2023-01-04');

describe('demo 2022 cycle reproduces the seed article', () => {
  const outcome = computeDemoCycle2022();

  it('Thanh tra tỉnh is proposed for the provincial flag', () => {
    expect(outcome.tallies.provincialFlag.electedIds.map(name)).toEqual(['Thanh tra tỉnh']);
  });

  it('Bộ Chỉ huy Quân sự tỉnh and Sở Tư pháp for certificates of merit (2 of 3 seats)', () => {
    const cert = outcome.tallies.certificateOfMerit;
    expect(cert.electedIds.map(name)).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'Sở Tư pháp']);
    expect(cert.outcome).toEqual({ kind: 'decided', elected: ['u-bchqs', 'u-stp'], noProposalSeats: 1 });
    expect(cert.candidates.find((c) => c.unitId === 'u-cat')).toMatchObject({
      votes: 4,
      percentText: '44,44 %',
      passed: false,
    });
  });

  it('Thanh tra tỉnh heads and Công an tỉnh deputises in 2023, with no rotation warning', () => {
    expect(name(outcome.leadership2023.headUnitId)).toBe('Thanh tra tỉnh');
    expect(name(outcome.leadership2023.deputyUnitId)).toBe('Công an tỉnh');
    expect(d.leaderships.find((l) => l.year === 2023)).toMatchObject(outcome.leadership2023);
    expect(outcome.rotationWarnings).toEqual([]);
  });

  it('proposals pass the quota check', () => {
    expect(outcome.proposals).toEqual([
      { unitId: 'u-ttt', award: 'provincialFlag' },
      { unitId: 'u-bchqs', award: 'certificateOfMerit' },
      { unitId: 'u-stp', award: 'certificateOfMerit' },
    ]);
  });

  it('the ranking is computed from reviewed scores with the documented tie-break', () => {
    expect(outcome.ranking.map((r) => [r.unitCode, r.total, r.tier])).toEqual([
      ['TTT', 101.5, 'excellent'],
      ['BCHQS', 100.5, 'excellent'],
      ['STP', 100, 'excellent'],
      ['CAT', 99, 'excellent'],
      ['TAND', 96.5, 'excellent'],
      ['VKSND', 96, 'excellent'], // ties SNV on 96, wins on group I (48 vs 47)
      ['SNV', 96, 'excellent'],
      ['THADS', 90.5, 'good'], // 90.5 points but 5.2 at 83 % of its max
      ['QLTT', 89, 'good'],
    ]);
    expect(outcome.tallies.provincialFlag.candidates).toHaveLength(7);
    expect(outcome.tallies.certificateOfMerit.candidates.map((c) => c.unitId)).not.toContain('u-ttt');
  });

  it('the minutes figures', () => {
    const flag = outcome.tallies.provincialFlag;
    expect(flag).toMatchObject({
      members: 9,
      present: 9,
      ballotsIssued: 9,
      ballotsReceived: 9,
      validBallots: 8,
      invalidBallots: 1,
    });
    expect(flag.candidates[0]).toMatchObject({ name: 'Thanh tra tỉnh', votes: 7, percentText: '77,78 %' });
    // 7 of 9 ballots: the conclusion states the figures, not "thống nhất".
    expect(flag.conclusion).toBe(
      'Hội nghị suy tôn Thanh tra tỉnh với 7/9 phiếu (77,78 %) đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh.',
    );
    expect(outcome.tallies.certificateOfMerit.conclusion).toMatch(
      /^Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Bộ Chỉ huy Quân sự tỉnh với \d+\/9 phiếu \([\d,]+ %\) và Sở Tư pháp với \d+\/9 phiếu \([\d,]+ %\)\. Còn 1 suất/,
    );
    expect(outcome.tallies.blocDeputy.blankBallots).toBe(1);
  });
});

describe('demo dataset is valid data', () => {
  it('score sheets are valid and complete', () => {
    for (const sheet of d.cycle2022.scoreSheets) {
      expect(scoreIssues(d.templates[2022], sheet, { requireComplete: true })).toEqual([]);
    }
    expect(d.cycle2022.scoreSheets.map((s) => s.unitId).sort()).toEqual([...d.memberIds].sort());
  });

  it('templates, rule sets, calendars and users parse', () => {
    expect(scoringTemplateSchema.safeParse(d.templates[2022]).success).toBe(true);
    expect(scoringTemplateSchema.safeParse(d.templates[2023]).success).toBe(true);
    expect(d.templates[2023].year).toBe(2023);
    expect(parseRuleSet(d.ruleSets[2022]).id).toBe('rs-backan-noichinh-2022');
    expect(parseRuleSet(d.ruleSets[2023]).year).toBe(2023);
    expect(cycleCalendarSchema.safeParse(d.cycle2022.cycle.calendar).success).toBe(true);
    expect(cycleCalendarSchema.safeParse(d.cycle2023.cycle.calendar).success).toBe(true);
    for (const u of d.users)
      for (const g of u.grants) expect(roleGrantSchema.safeParse(g).success).toBe(true);
    const usernames = d.users.map((u) => u.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const u of [
      'thanhtra.truongkhoi',
      'tuphap.canbo',
      'tuphap.thutruong',
      'bandtdkt.chuyenvien',
      'ubnd.thamdinh',
      'admin',
    ]) {
      expect(usernames).toContain(u);
    }
    const roles = new Set(d.users.flatMap((u) => u.grants.map((g) => g.role)));
    expect(roles.size).toBe(7);
  });

  it('prints 2023 documents with 2023 names and citations', () => {
    const province = d.provinces.find((p) => p.id === d.bloc.provinceId);
    const place = nameAt(province?.placeNames ?? [], d.cycle2022.conference.date);
    expect(formatPlaceDate(place, d.cycle2022.conference.date)).toBe('Bắc Kạn, ngày 04 tháng 01 năm 2023');
    expect(formatDocumentNumber({ number: 1, typeCode: 'TTr', issuerCode: d.bloc.issuerCode })).toBe(
      '01/TTr-KTĐNC',
    );
    expect(citationsFor(d.ruleSets[2022], '2023-01-04').map((c) => c.id)).toEqual([
      'luat-tdkt-2003',
      'nd-91-2017',
      'tt-12-2019-bnv',
      'qd-05-2021-ubnd-backan',
      'quy-che-khoi-2022',
    ]);
    expect(rewardAmount('provincialFlag', '2023-02-20', d.ruleSets[2022])).toBe(11_920_000);
    expect(d.demoPassword).toMatch(/demo/);
  });
});
