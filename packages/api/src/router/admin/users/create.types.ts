import { z } from 'zod';
import { requiredText } from '../../../schemas/common';
import { grantInput } from './grant.types';

export const createUserInput = z
  .object({
    username: requiredText(64).pipe(
      z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch.'),
    ),
    displayName: requiredText(200),
    title: requiredText(200).optional(),
    grants: z.array(grantInput).max(20).default([]),
  })
  .strict();
