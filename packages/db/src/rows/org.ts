import { randomUUID } from 'node:crypto';
import {
  type Bloc,
  type BlocLeadership,
  type BlocMembership,
  type Cycle,
  cycleWorkflowId,
  type DatedName,
  normalizeStrings,
  type Official,
  type OrgEvent,
  officialOrgKind,
  type Phase,
  type Province,
  type RuleSet,
  type ScoringTemplate,
  type Unit,
} from '@thidua/domain';
import type * as s from '../schema';
import type { Insert } from './insert';

/**
 * Domain objects → table rows (organisation, rules, cycles), shared by the seeds and the
 * repositories. Every string goes through the domain's NFC normalisation here.
 */

const named = (n: DatedName) => ({
  name: n.name,
  shortName: n.shortName ?? null,
  validFrom: n.validFrom,
  validTo: n.validTo ?? null,
  note: n.note ?? null,
});

export function provinceRows(input: Province) {
  const p = normalizeStrings(input);
  return {
    row: { id: p.id, code: p.code } satisfies Insert<typeof s.provinces>,
    names: [
      ...p.names.map((n) => ({ provinceId: p.id, kind: 'name' as const, ...named(n) })),
      ...p.placeNames.map((n) => ({ provinceId: p.id, kind: 'placeName' as const, ...named(n) })),
    ] satisfies Insert<typeof s.provinceNames>[],
  };
}

export function unitRows(input: Unit) {
  const u = normalizeStrings(input);
  const { id, provinceId, code, validFrom } = u;
  return {
    row: { id, provinceId, code, validFrom, validTo: u.validTo ?? null } satisfies Insert<typeof s.units>,
    names: u.names.map((n) => ({ unitId: u.id, ...named(n) })) satisfies Insert<typeof s.unitNames>[],
  };
}

export function blocRows(input: Bloc) {
  const b = normalizeStrings(input);
  return {
    row: { id: b.id, provinceId: b.provinceId, issuerCode: b.issuerCode } satisfies Insert<typeof s.blocs>,
    names: b.names.map((n) => ({ blocId: b.id, ...named(n) })) satisfies Insert<typeof s.blocNames>[],
  };
}

export function membershipRows(m: BlocMembership): Insert<typeof s.blocMemberships>[] {
  return m.unitIds.map((unitId) => ({ blocId: m.blocId, unitId, year: m.year }));
}

export function leadershipRow(l: BlocLeadership): Insert<typeof s.blocLeaderships> {
  const n = normalizeStrings(l);
  return {
    blocId: n.blocId,
    year: n.year,
    headUnitId: n.headUnitId,
    deputyUnitId: n.deputyUnitId,
    basis: n.basis ?? null,
  };
}

/** One row per from → to edge; a dissolution (no `to`) is one row with a null target. */
export function orgEventRows(input: OrgEvent) {
  const e = normalizeStrings(input);
  const eventId = randomUUID();
  const targets: (string | null)[] = e.toIds.length > 0 ? e.toIds : [null];
  const edges = e.fromIds.flatMap((from) => targets.map((to) => ({ from, to })));
  const base = { eventId, kind: e.kind, date: e.date, note: e.note ?? null };
  return e.entity === 'unit'
    ? {
        units: edges.map((x) => ({ ...base, fromUnitId: x.from, toUnitId: x.to })) satisfies Insert<
          typeof s.unitLineage
        >[],
        provinces: [] as Insert<typeof s.provinceLineage>[],
      }
    : {
        units: [] as Insert<typeof s.unitLineage>[],
        provinces: edges.map((x) => ({
          ...base,
          fromProvinceId: x.from,
          toProvinceId: x.to,
        })) satisfies Insert<typeof s.provinceLineage>[],
      };
}

export function ruleSetRows(input: RuleSet, editedBy: string | null = null) {
  const r = normalizeStrings(input);
  return {
    ruleSet: {
      id: r.id,
      provinceId: r.provinceId,
      year: r.year,
      version: 1,
      body: r,
      editedBy,
    } satisfies Insert<typeof s.ruleSets>,
    version: { ruleSetId: r.id, version: 1, body: r, editedBy } satisfies Insert<typeof s.ruleSetVersions>,
  };
}

export function cycleRow(
  input: Cycle,
  projection: { phase: Phase; status: 'open' | 'closed'; workflowId?: string },
): Insert<typeof s.cycles> {
  const c = normalizeStrings(input);
  return {
    id: c.id,
    blocId: c.blocId,
    year: c.year,
    workflowId: projection.workflowId ?? cycleWorkflowId(c.blocId, c.year),
    phase: projection.phase,
    status: projection.status,
    calendar: c.calendar,
    ruleSetId: c.ruleSetId,
  };
}

export function templateRow(cycleId: string, input: ScoringTemplate): Insert<typeof s.scoringTemplates> {
  const t = normalizeStrings(input);
  return { id: t.id, cycleId, body: t };
}

/** An office holder → its row: the organisation id goes to the column its position belongs to. */
export function officialRow(input: Official): Insert<typeof s.officials> {
  const o = normalizeStrings(input);
  const kind = officialOrgKind[o.position];
  return {
    ...(o.id !== undefined ? { id: o.id } : {}),
    position: o.position,
    unitId: kind === 'unit' ? o.orgId : null,
    provinceId: kind === 'province' ? o.orgId : null,
    blocId: kind === 'bloc' ? o.orgId : null,
    fullName: o.fullName,
    title: o.title,
    signatureTitle: o.signatureTitle ?? null,
    validFrom: o.validFrom,
    validTo: o.validTo ?? null,
    note: o.note ?? null,
  };
}
