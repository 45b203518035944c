import { z } from 'zod';
import { uuid } from '../../schemas/common';

export const versionsInput = z.object({ documentId: uuid() }).strict();
