import { z } from 'zod';
import { id } from '../../../schemas/common';
import { grantInput } from './grant.types';

export const grantRoleInput = z.object({ userId: id(), grant: grantInput }).strict();
