import { findRuleSetFor, getCycleByBlocYear, getScoringTemplate, memberUnitIds } from '@thidua/db';
import { blocLeaderships, blocs, cycles } from '@thidua/db/schema';
import { copyTemplateForYear, DomainError, type ScoringTemplate } from '@thidua/domain';
import type { CycleInput } from '@thidua/workflows';
import { cycleWorkflowId, startCycleWorkflow } from '@thidua/workflows/client';
import { and, desc, eq, lt } from 'drizzle-orm';
import { audit } from '../../audit/record';
import { rememberWorkflowId, withWorkflow } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { unitCodes, unitNamesAt } from '../org/names';
import { checkApiStep } from '../steps';

export interface StartCycleInput {
  blocId: string;
  year: number;
  /** ISO instants the workflow's timers run on. */
  calendar: CycleInput['calendar'];
}

export interface StartDeps {
  /** Tests give every run its own workflow ids on a shared Temporal server. */
  cycleWorkflowId?: ((blocId: string, year: number) => string) | undefined;
}

const incomplete = (what: string) =>
  new DomainError('CYCLE_SETUP_INCOMPLETE', `Chưa thể khởi tạo năm thi đua: ${what}.`);

/** The draft criteria table: this cycle's own, else last year's copied for this year. */
async function draftTemplate(
  ctx: ServiceContext,
  blocId: string,
  year: number,
): Promise<ScoringTemplate | undefined> {
  const own = await getCycleByBlocYear(ctx.db, blocId, year);
  const ownTemplate = own ? await getScoringTemplate(ctx.db, own.id) : undefined;
  if (ownTemplate) return ownTemplate.template;
  const [previous] = await ctx.db
    .select({ id: cycles.id })
    .from(cycles)
    .where(and(eq(cycles.blocId, blocId), lt(cycles.year, year)))
    .orderBy(desc(cycles.year))
    .limit(1);
  const last = previous ? await getScoringTemplate(ctx.db, previous.id) : undefined;
  return last ? copyTemplateForYear(last.template, year) : undefined;
}

/** Starts the cycle workflow of a bloc and year from the organisation data in PostgreSQL. */
export async function startCycle(ctx: ServiceContext & StartDeps, input: StartCycleInput) {
  const { blocId, year } = input;
  const existing = await getCycleByBlocYear(ctx.db, blocId, year);
  // A year planned in the database is checked like any step; a new year has no row yet.
  if (existing) await checkApiStep(ctx, existing.id, 'startCycle');
  else if (ctx.probeSteps) throw new DomainError('PROBE_ACCEPTED');
  const [bloc] = await ctx.db
    .select({ provinceId: blocs.provinceId })
    .from(blocs)
    .where(eq(blocs.id, blocId));
  if (!bloc) throw new DomainError('NOT_FOUND', 'Không tìm thấy Khối thi đua.');
  const unitIds = await memberUnitIds(ctx.db, blocId, year);
  if (unitIds.length === 0) throw incomplete(`Khối chưa có danh sách đơn vị thành viên năm ${year}`);
  const [leadership] = await ctx.db
    .select()
    .from(blocLeaderships)
    .where(and(eq(blocLeaderships.blocId, blocId), eq(blocLeaderships.year, year)));
  if (!leadership) throw incomplete(`chưa xác định Trưởng Khối, Phó Khối năm ${year}`);
  const ruleSet = await findRuleSetFor(ctx.db, bloc.provinceId, year);
  if (!ruleSet) throw incomplete(`chưa có bộ quy định thi đua năm ${year}`);
  const names = await unitNamesAt(ctx.db, unitIds, `${year}-01-01`);
  const codes = await unitCodes(ctx.db, unitIds);
  const scoringTemplate = await draftTemplate(ctx, blocId, year);

  const workflowInput: CycleInput = {
    blocId,
    provinceId: bloc.provinceId,
    year,
    cycleId: existing?.id,
    units: unitIds.map((id) => ({ id, code: codes.get(id) ?? id, name: names.get(id) ?? id })),
    leadership: { headUnitId: leadership.headUnitId, deputyUnitId: leadership.deputyUnitId },
    calendar: input.calendar,
    ruleSetId: ruleSet.id,
    scoringTemplate,
    // Entered from the year's records: its steps carry their instants (see ApiServices.recordedAt).
    ...(ctx.recordedAt ? { backfill: true as const } : {}),
  };
  const workflowId = (ctx.cycleWorkflowId ?? cycleWorkflowId)(blocId, year);
  await withWorkflow(ctx.temporal, () =>
    startCycleWorkflow(ctx.temporal, workflowInput, { taskQueue: ctx.taskQueue, workflowId }),
  );
  // The next step may come before the workflow has written its id into the cycle's row.
  rememberWorkflowId(existing?.id ?? workflowId, workflowId);
  await audit(ctx.db, ctx.access.actor, {
    action: 'cycle.start',
    entity: 'cycle',
    entityId: existing?.id ?? workflowId,
    after: { blocId, year, workflowId, calendar: input.calendar, units: unitIds.length },
  });
  return { workflowId, cycleId: existing?.id ?? workflowId };
}
