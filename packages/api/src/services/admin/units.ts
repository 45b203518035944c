import {
  createUnit as insertUnit,
  mergeUnits as mergeUnitRows,
  type NewName,
  renameUnit as renameUnitRows,
} from '@thidua/db';
import { unitLineage, unitNames, units } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../../audit/record';
import { visibleTo } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { createAudited } from './org-guard';

export async function listUnits(ctx: ServiceContext, input: { provinceId?: string | undefined }) {
  const rows = await ctx.db
    .select()
    .from(units)
    .where(
      and(
        visibleTo(ctx.access.grants, { provinceId: units.provinceId }),
        input.provinceId ? eq(units.provinceId, input.provinceId) : undefined,
      ),
    )
    .orderBy(asc(units.code));
  const ids = rows.map((u) => u.id);
  const names = ids.length
    ? await ctx.db
        .select()
        .from(unitNames)
        .where(inArray(unitNames.unitId, ids))
        .orderBy(desc(unitNames.validFrom))
    : [];
  const lineage = ids.length
    ? await ctx.db.select().from(unitLineage).where(inArray(unitLineage.fromUnitId, ids))
    : [];
  return rows.map((u) => ({
    id: u.id,
    provinceId: u.provinceId,
    code: u.code,
    validFrom: u.validFrom,
    validTo: u.validTo,
    names: names
      .filter((n) => n.unitId === u.id)
      .map((n) => ({ name: n.name, shortName: n.shortName, validFrom: n.validFrom, validTo: n.validTo })),
    successors: lineage
      .filter((l) => l.fromUnitId === u.id && l.toUnitId !== u.id)
      .map((l) => ({ kind: l.kind, date: l.date, toUnitId: l.toUnitId })),
  }));
}

export async function createUnit(ctx: ServiceContext, input: NewName & { provinceId: string; code: string }) {
  return { unitId: await createAudited(ctx, 'unit', input, insertUnit) };
}

/** A rename keeps the unit and its history: a new dated name and a 'rename' lineage edge. */
export async function renameUnit(
  ctx: ServiceContext,
  input: NewName & { unitId: string; note?: string | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(unitNames)
      .where(and(eq(unitNames.unitId, input.unitId), isNull(unitNames.validTo)))
      .orderBy(desc(unitNames.validFrom))
      .limit(1);
    if (!current) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị.');
    if (current.validFrom >= input.validFrom) {
      throw new DomainError('INVALID_INPUT', 'Ngày áp dụng tên mới phải sau ngày áp dụng tên hiện tại.');
    }
    await renameUnitRows(tx, { ...input, currentFrom: current.validFrom });
    await audit(tx, ctx.access.actor, {
      action: 'unit.rename',
      entity: 'unit',
      entityId: input.unitId,
      before: { name: current.name },
      after: { name: input.name, validFrom: input.validFrom },
    });
    return { unitId: input.unitId };
  });
}

/**
 * Merges units into one (an existing unit, or a new one): the merged units end the day before,
 * and lineage edges keep their history reachable from the successor.
 */
export async function mergeUnits(
  ctx: ServiceContext,
  input: {
    fromUnitIds: string[];
    into: { unitId: string } | { code: string; name: string; shortName?: string | undefined };
    date: string;
    note?: string | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const from = await tx.select().from(units).where(inArray(units.id, input.fromUnitIds));
    if (from.length !== new Set(input.fromUnitIds).size)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị được hợp nhất.');
    const provinceId = (from[0] as (typeof from)[number]).provinceId;
    if (from.some((u) => u.provinceId !== provinceId || (u.validTo !== null && u.validTo < input.date))) {
      throw new DomainError(
        'INVALID_INPUT',
        'Các đơn vị hợp nhất phải cùng tỉnh và còn hoạt động tại ngày hợp nhất.',
      );
    }
    let intoId: string;
    if ('unitId' in input.into) {
      intoId = input.into.unitId;
      if (input.fromUnitIds.includes(intoId))
        throw new DomainError('INVALID_INPUT', 'Đơn vị tiếp nhận không được nằm trong danh sách hợp nhất.');
      const [target] = await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.id, intoId), eq(units.provinceId, provinceId)));
      if (!target) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị tiếp nhận.');
    } else {
      const into = input.into as { code: string; name: string; shortName?: string | undefined };
      intoId = await insertUnit(tx, { ...into, provinceId, validFrom: input.date });
    }
    await mergeUnitRows(tx, {
      fromUnitIds: input.fromUnitIds,
      intoUnitId: intoId,
      date: input.date,
      note: input.note,
    });
    await audit(tx, ctx.access.actor, {
      action: 'unit.merge',
      entity: 'unit',
      entityId: intoId,
      after: { fromUnitIds: input.fromUnitIds, intoUnitId: intoId, date: input.date },
    });
    return { unitId: intoId };
  });
}
