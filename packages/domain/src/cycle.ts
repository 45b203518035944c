import { z } from 'zod';
import { isoDateSchema } from './dates';
import { nonEmptyTextSchema } from './text';

/**
 * One workflow execution per bloc and year: `cycle:<blocId>:<year>`. The database, the API and the
 * workflow all name a cycle's execution this way.
 */
export function cycleWorkflowId(blocId: string, year: number): string {
  return `cycle:${blocId}:${year}`;
}

/** Deadlines of a cycle: workflow input, movable by an Update (the updatable-timer pattern). */
export const cycleCalendarSchema = z
  .object({
    registrationDue: isoDateSchema,
    pactSigningDate: isoDateSchema,
    midYearReportDue: isoDateSchema,
    selfAssessmentDue: isoDateSchema,
    reviewDue: isoDateSchema,
    conferenceDate: isoDateSchema,
    dossierDue: isoDateSchema,
  })
  .refine(
    (c) =>
      c.registrationDue <= c.midYearReportDue &&
      c.pactSigningDate <= c.midYearReportDue &&
      c.midYearReportDue <= c.selfAssessmentDue &&
      c.selfAssessmentDue <= c.reviewDue &&
      c.reviewDue <= c.conferenceDate &&
      c.conferenceDate <= c.dossierDue,
    { message: 'Các mốc thời gian của năm thi đua phải theo đúng thứ tự.' },
  );
export type CycleCalendar = z.infer<typeof cycleCalendarSchema>;

export const cycleSchema = z.object({
  id: nonEmptyTextSchema(),
  blocId: nonEmptyTextSchema(),
  year: z.number().int(),
  ruleSetId: nonEmptyTextSchema(),
  templateId: nonEmptyTextSchema(),
  calendar: cycleCalendarSchema,
});
export type Cycle = z.infer<typeof cycleSchema>;

/** Conference facts the minutes print (time, place, attendance). */
export const conferenceSchema = z.object({
  cycleId: nonEmptyTextSchema(),
  date: isoDateSchema,
  /** "14 giờ 00" style is formatted by documents; stored as HH:MM. */
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  place: nonEmptyTextSchema(),
  venue: nonEmptyTextSchema(),
  chairUnitId: nonEmptyTextSchema(),
  secretaryUnitId: nonEmptyTextSchema(),
  presentUnitIds: z.array(nonEmptyTextSchema()),
});
export type Conference = z.infer<typeof conferenceSchema>;
