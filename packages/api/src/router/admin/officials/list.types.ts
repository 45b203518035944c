import { z } from 'zod';
import { id } from '../../../schemas/common';

export const listOfficialsInput = z.object({ provinceId: id().optional() }).strict().default({});
