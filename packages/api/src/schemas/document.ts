import { z } from 'zod';
import { hasForbiddenChars } from './chars';

/** Plain JSON data of bounded size and depth whose strings PostgreSQL's jsonb will accept. */
function isCleanJson(value: unknown, depth = 0, budget = { nodes: 20_000 }): boolean {
  if (--budget.nodes < 0 || depth > 20) return false;
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= 10_000 && !hasForbiddenChars(value);
  if (Array.isArray(value)) return value.every((v) => isCleanJson(v, depth + 1, budget));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(
      ([k, v]) => isCleanJson(k, depth + 1, budget) && isCleanJson(v, depth + 1, budget),
    );
  }
  return false;
}

/**
 * A domain document (rule set, criteria table) checked for storability first, then by the
 * domain's own schema, which owns its shape.
 */
export const domainDocument = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .refine((v) => isCleanJson(v), 'Dữ liệu không hợp lệ.')
    .pipe(schema);
