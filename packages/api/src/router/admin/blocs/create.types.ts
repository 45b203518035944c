import { z } from 'zod';
import { id, newNameFields, requiredText } from '../../../schemas/common';

export const createBlocInput = z
  .object({ provinceId: id(), issuerCode: requiredText(50), ...newNameFields() })
  .strict();
