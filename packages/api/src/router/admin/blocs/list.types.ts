import { z } from 'zod';
import { id } from '../../../schemas/common';

export const listBlocsInput = z.object({ provinceId: id().optional() }).strict().default({});
