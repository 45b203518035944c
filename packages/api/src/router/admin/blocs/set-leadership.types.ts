import { z } from 'zod';
import { id, year } from '../../../schemas/common';

export const setLeadershipInput = z
  .object({ blocId: id(), year: year(), headUnitId: id(), deputyUnitId: id() })
  .strict()
  .refine(
    (i) => i.headUnitId !== i.deputyUnitId,
    'Một đơn vị không thể đồng thời là Trưởng Khối và Phó Khối.',
  );
