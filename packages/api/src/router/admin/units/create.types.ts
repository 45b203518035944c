import { z } from 'zod';
import { id, newNameFields, requiredText } from '../../../schemas/common';

export const createUnitInput = z
  .object({ provinceId: id(), code: requiredText(50), ...newNameFields() })
  .strict();
