import { z } from 'zod';
import { id } from '../../../schemas/common';

export const listUnitsInput = z.object({ provinceId: id().optional() }).strict().default({});
