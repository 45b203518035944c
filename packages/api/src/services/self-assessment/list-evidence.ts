import { DomainError } from '@thidua/domain';
import type { ServiceContext } from '../context';
import { listEvidenceOf, loadUnitSheet } from './load';

/** Evidence of a sheet: the unit always; the bloc's reviewers once the sheet is signed off. */
export async function listEvidence(ctx: ServiceContext, input: { cycleId: string; unitId: string }) {
  const loaded = await loadUnitSheet(ctx.db, input.cycleId, input.unitId);
  const ownUnit = ctx.access.grant.scopeKind === 'unit';
  if (!ownUnit && (!loaded || loaded.head.status === 'draft')) throw new DomainError('SHEET_NOT_VISIBLE');
  return loaded ? listEvidenceOf(ctx.db, loaded.head.id) : [];
}
