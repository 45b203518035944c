import { z } from 'zod';
import { id } from '../../schemas/common';

export const roundInput = z.object({ roundId: id() }).strict();
export const roundTarget = (i: { roundId: string }) => ({ roundId: i.roundId });
export const decideTieInput = z
  .object({ roundId: id(), chosenUnitIds: z.array(id()).min(1).max(50) })
  .strict();
