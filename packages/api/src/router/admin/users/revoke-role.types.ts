import { z } from 'zod';
import { id } from '../../../schemas/common';

export const revokeRoleInput = z.object({ userId: id(), grantId: id() }).strict();
