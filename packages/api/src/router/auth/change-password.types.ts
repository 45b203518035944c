import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../auth/password-policy';

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .strict();
