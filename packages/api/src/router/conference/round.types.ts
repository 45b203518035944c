import { z } from 'zod';
import { id } from '../../schemas/common';

/** Closing: the chair names the present units that have not voted (required when there are any). */
export const closeRoundInput = z
  .object({ roundId: id(), notVotedUnitIds: z.array(id()).max(200).optional() })
  .strict();
export const roundTarget = (i: { roundId: string }) => ({ roundId: i.roundId });
export const decideTieInput = z
  .object({ roundId: id(), chosenUnitIds: z.array(id()).min(1).max(50) })
  .strict();
