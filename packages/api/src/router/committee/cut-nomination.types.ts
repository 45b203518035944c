import { z } from 'zod';
import { id, requiredText } from '../../schemas/common';

export const cutNominationInput = z.object({ nominationId: id(), reason: requiredText(2000) }).strict();
