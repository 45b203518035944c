import { addOfficial, endOfficial, listOfficials, loadOrganisation } from '@thidua/db';
import {
  type DatedName,
  DomainError,
  inForceAt,
  type Official,
  type OfficialOrgKind,
  type OfficialPosition,
  officialOrgKind,
  officialSchema,
} from '@thidua/domain';
import { audit } from '../../audit/record';
import { ownUnitsOnly } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';

interface OrganisationRef {
  kind: OfficialOrgKind;
  id: string;
  name: string;
  provinceId: string;
}

/** The name in force today, or the last one (a merged unit keeps showing its last name). */
function currentName(names: readonly DatedName[], today: string, fallback: string): string {
  return inForceAt(names, today)?.name ?? names.at(-1)?.name ?? fallback;
}

/** A unit head reaches only its own unit's people, never the province's or a bloc's. */
function refuseUnitOnlyBeyondUnit(ctx: ServiceContext): void {
  if (ctx.access.target.unitId === undefined && ctx.access.grants.every((g) => g.rule === 'unit'))
    throw new DomainError('OUT_OF_SCOPE');
}

/**
 * Office holders the caller keeps, with the organisations they may add holders to: a unit head its
 * own unit; the secretariat its province's units, blocs and UBND; the admin every province.
 */
export async function listOfficialsFor(ctx: ServiceContext, input: { provinceId?: string | undefined }) {
  const grants = ctx.access.grants;
  const own = ownUnitsOnly(grants);
  const reach = grants.some((g) => g.rule === 'any')
    ? undefined
    : new Set(grants.flatMap((g) => (g.provinceId ? [g.provinceId] : [])));
  const today = vnToday(ctx.clock());
  const orgs = await loadOrganisation(ctx.db, input.provinceId);
  const organisations: OrganisationRef[] = [
    ...orgs.provinces.map((p) => ({
      kind: 'province' as const,
      id: p.id,
      name: `UBND tỉnh ${currentName(p.names, today, p.code)}`,
      provinceId: p.id,
    })),
    ...orgs.blocs.map((b) => ({
      kind: 'bloc' as const,
      id: b.id,
      name: currentName(
        b.names.map((n) => ({ ...n, name: n.shortName ?? n.name })),
        today,
        b.issuerCode,
      ),
      provinceId: b.provinceId,
    })),
    ...orgs.units.map((u) => ({
      kind: 'unit' as const,
      id: u.id,
      name: currentName(u.names, today, u.code),
      provinceId: u.provinceId,
    })),
  ].filter((o) =>
    own ? o.kind === 'unit' && own.includes(o.id) : reach === undefined || reach.has(o.provinceId),
  );
  const visible = new Set(organisations.map((o) => o.id));
  const officials = (
    await listOfficials(ctx.db, { provinceId: input.provinceId, ...(own ? { unitIds: own } : {}) })
  ).filter((o) => visible.has(o.orgId));
  return { today, organisations, officials };
}

export async function addOfficialFor(
  ctx: ServiceContext,
  input: {
    position: OfficialPosition;
    orgId: string;
    fullName: string;
    title: string;
    signatureTitle?: string | undefined;
    validFrom: string;
    note?: string | undefined;
  },
) {
  refuseUnitOnlyBeyondUnit(ctx);
  const parsed = officialSchema.safeParse({
    ...input,
    ...(input.signatureTitle !== undefined
      ? { signatureTitle: input.signatureTitle.toLocaleUpperCase('vi') }
      : {}),
  });
  if (!parsed.success) throw new DomainError('INVALID_INPUT', parsed.error.issues[0]?.message);
  const official: Official = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const { id } = await addOfficial(tx, official);
    await audit(tx, ctx.access.actor, {
      action: 'official.add',
      entity: officialOrgKind[official.position],
      entityId: official.orgId,
      after: { officialId: id, ...official },
    });
    return { officialId: id };
  });
}

export async function endOfficialFor(ctx: ServiceContext, input: { officialId: string; validTo: string }) {
  refuseUnitOnlyBeyondUnit(ctx);
  return ctx.db.transaction(async (tx) => {
    const ended = await endOfficial(tx, { id: input.officialId, validTo: input.validTo });
    await audit(tx, ctx.access.actor, {
      action: 'official.end',
      entity: officialOrgKind[ended.position],
      entityId: ended.orgId,
      after: { officialId: ended.id, fullName: ended.fullName, validTo: input.validTo },
    });
    return { officialId: ended.id, validTo: input.validTo };
  });
}
