import { z } from 'zod';
import { id, newNameFields, text } from '../../../schemas/common';

export const renameUnitInput = z
  .object({ unitId: id(), ...newNameFields(), note: text(1000).optional() })
  .strict();
