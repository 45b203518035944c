import {
  createBloc as insertBloc,
  type NewName,
  renameBloc as renameBlocRows,
  setBlocLeadership,
  setBlocMembers,
} from '@thidua/db';
import { blocLeaderships, blocMemberships, blocNames, blocs } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { audit } from '../../audit/record';
import { visibleTo } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { assertYearOpen, createAudited } from './org-guard';

export async function listBlocs(ctx: ServiceContext, input: { provinceId?: string | undefined }) {
  const rows = await ctx.db
    .select()
    .from(blocs)
    .where(
      and(
        visibleTo(ctx.access.grants, { blocId: blocs.id, provinceId: blocs.provinceId }),
        input.provinceId ? eq(blocs.provinceId, input.provinceId) : undefined,
      ),
    )
    .orderBy(asc(blocs.issuerCode));
  const out = [];
  for (const b of rows) {
    const names = await ctx.db
      .select()
      .from(blocNames)
      .where(eq(blocNames.blocId, b.id))
      .orderBy(desc(blocNames.validFrom));
    const members = await ctx.db.select().from(blocMemberships).where(eq(blocMemberships.blocId, b.id));
    const leaders = await ctx.db.select().from(blocLeaderships).where(eq(blocLeaderships.blocId, b.id));
    const years = [...new Set(members.map((m) => m.year))].sort((x, y) => y - x);
    out.push({
      id: b.id,
      provinceId: b.provinceId,
      issuerCode: b.issuerCode,
      names: names.map((n) => ({
        name: n.name,
        shortName: n.shortName,
        validFrom: n.validFrom,
        validTo: n.validTo,
      })),
      years: years.map((year) => {
        const l = leaders.find((x) => x.year === year);
        return {
          year,
          unitIds: members.filter((m) => m.year === year).map((m) => m.unitId),
          headUnitId: l?.headUnitId ?? null,
          deputyUnitId: l?.deputyUnitId ?? null,
        };
      }),
    });
  }
  return out;
}

export async function createBloc(
  ctx: ServiceContext,
  input: NewName & { provinceId: string; issuerCode: string },
) {
  return { blocId: await createAudited(ctx, 'bloc', input, insertBloc) };
}

/** A rename keeps the bloc (its id and history); the old name stays valid up to the day before. */
export async function renameBloc(ctx: ServiceContext, input: NewName & { blocId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(blocNames)
      .where(and(eq(blocNames.blocId, input.blocId), isNull(blocNames.validTo)))
      .orderBy(desc(blocNames.validFrom))
      .limit(1);
    if (current && current.validFrom >= input.validFrom) {
      throw new DomainError('INVALID_INPUT', 'Ngày áp dụng tên mới phải sau ngày áp dụng tên hiện tại.');
    }
    await renameBlocRows(tx, { ...input, currentFrom: current?.validFrom });
    await audit(tx, ctx.access.actor, {
      action: 'bloc.rename',
      entity: 'bloc',
      entityId: input.blocId,
      before: current ? { name: current.name } : null,
      after: { name: input.name, validFrom: input.validFrom },
    });
    return { blocId: input.blocId };
  });
}

export async function setMembers(
  ctx: ServiceContext,
  input: { blocId: string; year: number; unitIds: string[] },
) {
  return ctx.db.transaction(async (tx) => {
    await assertYearOpen(tx, input.blocId, input.year);
    const before = await tx
      .select({ unitId: blocMemberships.unitId })
      .from(blocMemberships)
      .where(and(eq(blocMemberships.blocId, input.blocId), eq(blocMemberships.year, input.year)));
    const unique = [...new Set(input.unitIds)];
    await setBlocMembers(tx, { blocId: input.blocId, year: input.year, unitIds: unique });
    await audit(tx, ctx.access.actor, {
      action: 'bloc.setMembers',
      entity: 'bloc',
      entityId: input.blocId,
      before: { year: input.year, unitIds: before.map((b) => b.unitId) },
      after: { year: input.year, unitIds: unique },
    });
    return { blocId: input.blocId, year: input.year, members: unique.length };
  });
}

export async function setLeadership(
  ctx: ServiceContext,
  input: { blocId: string; year: number; headUnitId: string; deputyUnitId: string },
) {
  return ctx.db.transaction(async (tx) => {
    await assertYearOpen(tx, input.blocId, input.year);
    const [before] = await tx
      .select()
      .from(blocLeaderships)
      .where(and(eq(blocLeaderships.blocId, input.blocId), eq(blocLeaderships.year, input.year)));
    await setBlocLeadership(tx, input);
    await audit(tx, ctx.access.actor, {
      action: 'bloc.setLeadership',
      entity: 'bloc',
      entityId: input.blocId,
      before: before ? { headUnitId: before.headUnitId, deputyUnitId: before.deputyUnitId } : null,
      after: input,
    });
    return input;
  });
}
