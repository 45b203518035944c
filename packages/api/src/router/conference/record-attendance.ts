import { cycleTarget } from '../../schemas/refs';
import { recordAttendance } from '../../services/conference/steps';
import { scopedProcedure } from '../../trpc';
import { recordAttendanceInput } from './record-attendance.types';

export const recordAttendanceRoute = scopedProcedure(recordAttendanceInput, cycleTarget).mutation(
  ({ ctx, input }) => recordAttendance(ctx, input),
);
