import { z } from 'zod';
import { id, newNameFields } from '../../../schemas/common';

export const renameBlocInput = z.object({ blocId: id(), ...newNameFields() }).strict();
