import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../auth/password-policy';
import { requiredText } from '../../schemas/common';

export const signInInput = z
  .object({
    username: requiredText(100),
    // Passwords are taken as typed: no trimming, no normalisation beyond scrypt's NFC.
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .strict();
