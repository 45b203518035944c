import { DbError, translateDbError } from '@thidua/db';
import { DomainError } from '@thidua/domain';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { codedIssue } from '../schemas/coded';
import { ApiError } from './api-error';

/** Anything a service throws, as an ApiError when it is a refusal we understand; undefined otherwise. */
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return new ApiError(error.code, error.message, { ...error.details });
  // Constraint names and SQL states stay in the log, not in the answer.
  if (error instanceof DbError) return new ApiError(error.code, error.message);
  if (error instanceof ZodError) return new ApiError('INVALID_INPUT', undefined, {}, 'BAD_REQUEST');
  const translated = translateDbError(error);
  if (translated !== error) return asApiError(translated);
  return undefined;
}

/**
 * A failed procedure result, with coded refusals turned into the tRPC error of their code (so a
 * refusal is a 4xx, never the 500 tRPC would make of an unknown throw).
 */
export function toTRPCError(error: TRPCError): TRPCError {
  if (error.code === 'BAD_REQUEST' && error.cause instanceof ZodError)
    return schemaRefusal(error, error.cause);
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  const refusal = asApiError(error.cause);
  if (!refusal) return error;
  return new TRPCError({ code: refusal.trpcCode, message: refusal.message, cause: refusal });
}

/** An input refused by a coded schema check keeps that code (and names the field for the form). */
function schemaRefusal(error: TRPCError, zod: ZodError): TRPCError {
  const issue = codedIssue(zod);
  if (!issue) return error;
  const refusal = new ApiError(issue.code, issue.message, { field: issue.path }, 'BAD_REQUEST');
  return new TRPCError({ code: 'BAD_REQUEST', message: issue.message, cause: refusal });
}
