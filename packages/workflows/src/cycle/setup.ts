/** Setup (plan, criteria, rules, pact) and registration (each unit's targets). */

import { patched } from '@temporalio/workflow';
import { awardKinds, DomainError, parseScoringTemplate, type RuleSet, ruleSetSchema } from '@thidua/domain';
import { requireText, unitOf } from './authz';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { AdoptPlanArgs, RegisterTargetsArgs, SignPactArgs } from './messages';
import { notice, toBloc } from './notify';
import { issuePact } from './step-records';
import type { CycleState } from './types';

function parseRuleSet(state: CycleState, input: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('RULESET_INVALID', undefined, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (parsed.data.year !== state.input.year) {
    throw new DomainError(
      'RULESET_INVALID',
      `Bộ quy định áp dụng cho năm ${parsed.data.year}, không phải năm ${state.input.year}.`,
    );
  }
  return parsed.data;
}

/**
 * What the handler stores is what its validator accepted. On replay the validator does not run and
 * the schema may have grown since (a required field added for new years): a rule set accepted then
 * is kept as it was rather than refused now, which would change the history.
 */
function acceptedRuleSet(input: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(input);
  return parsed.success ? parsed.data : (input as RuleSet);
}

function parseTemplate(state: CycleState, input: unknown) {
  const template = parseScoringTemplate(input);
  if (template.year !== state.input.year || template.blocId !== state.input.blocId) {
    throw new DomainError('TEMPLATE_INVALID', 'Bảng tiêu chí không thuộc Khối hoặc năm thi đua này.', {
      blocId: template.blocId,
      year: template.year,
    });
  }
  return template;
}

export function registerSetupSteps(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('adoptPlan', {
    validate: (a: AdoptPlanArgs) => {
      requireText(a.planTitle, 'tên kế hoạch');
      parseRuleSet(s, a.ruleSet);
      parseTemplate(s, a.scoringTemplate);
      if (s.units.some((u) => u.pactSignedAt)) refuse('PLAN_ALREADY_SIGNED');
    },
    apply: async (a) => {
      const ruleSet = acceptedRuleSet(a.ruleSet);
      const template = parseTemplate(s, a.scoringTemplate);
      const title = requireText(a.planTitle, 'tên kế hoạch');
      s.ruleSet = ruleSet;
      s.template = template;
      s.plan = { title, adoptedAt: ctx.nowIso(), adoptedBy: a.actor.userId };
      ctx.bump();
      await ctx.recordUpdate('adoptPlan', a, {
        audit: {
          action: 'plan.adopt',
          entity: 'cycle',
          entityId: s.cycleId,
          after: { planTitle: title, ruleSetId: ruleSet.id, templateId: template.id },
        },
        effects: [{ kind: 'planAdopted', ruleSetId: ruleSet.id, ruleSet, template, planTitle: title }],
        notifications: s.units.map((u) =>
          notice(s, { role: 'unitHead', scopeKind: 'unit', scopeId: u.id }, 'plan.adopted', a.updateId, {
            planTitle: title,
          }),
        ),
      });
      return ctx.ack();
    },
  });

  ctx.step('signPact', {
    unitOf: (a: SignPactArgs) => a.unitId,
    validate: (a) => {
      if (!s.plan) refuse('PLAN_NOT_ADOPTED');
      if (unitOf(s, a.unitId).pactSignedAt) refuse('ALREADY_SIGNED');
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      unit.pactSignedAt = ctx.nowIso();
      ctx.bump();
      const own = ctx.recordUpdate('signPact', a, {
        audit: { action: 'pact.sign', entity: 'unit', entityId: unit.id },
        units: [unit],
        effects: [{ kind: 'pactSigned', unitId: unit.id, userId: a.actor.userId, signerName: a.signerName }],
      });
      const next = s.units.every((u) => u.pactSignedAt)
        ? ctx.enterPhase('registration', 'Các đơn vị đã ký giao ước')
        : undefined;
      await own;
      await next;
      return ctx.ack();
    },
  });

  ctx.step('registerTargets', {
    unitOf: (a: RegisterTargetsArgs) => a.unitId,
    validate: (a) => {
      if (unitOf(s, a.unitId).registeredAt) refuse('ALREADY_REGISTERED');
      if (!Array.isArray(a.targets) || a.targets.length === 0)
        refuse('INVALID_INPUT', 'Phải đăng ký ít nhất một chỉ tiêu.');
      for (const t of a.targets) requireText(t?.title, 'nội dung chỉ tiêu');
      if ((a.aims ?? []).some((k) => !(awardKinds as readonly string[]).includes(k))) {
        refuse('INVALID_INPUT', 'Danh hiệu đăng ký không hợp lệ.');
      }
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const now = ctx.nowMs();
      const due = unit.extensions.registration?.until ?? s.calendar.registration;
      const late = now > Date.parse(due);
      unit.registeredAt = ctx.nowIso();
      unit.registrationLate = late;
      if (late) {
        unit.lateReports += 1;
        unit.lateHandIns.push({ report: 'registration', due, at: unit.registeredAt });
      }
      ctx.bump();
      ctx.syncSearchAttributes();
      const targets = a.targets.map((t) => ({
        title: t.title.trim().normalize('NFC'),
        value: t.value?.trim().normalize('NFC'),
      }));
      const own = ctx.recordUpdate('registerTargets', a, {
        audit: {
          action: 'registration.submit',
          entity: 'unit',
          entityId: unit.id,
          after: { targets: targets.length, late },
        },
        units: [unit],
        effects: [
          { kind: 'targetsRegistered', unitId: unit.id, userId: a.actor.userId, targets, aims: a.aims ?? [] },
        ],
        notifications: late
          ? [notice(s, toBloc(s), 'registration.late', a.updateId, { unitId: unit.id })]
          : [],
      });
      const next = s.units.every((u) => u.registeredAt)
        ? ctx.enterPhase('selfAssessment', 'Các đơn vị đã đăng ký thi đua')
        : undefined;
      await own;
      await next;
      // Registration closed: every unit has signed and registered its targets, the pact is complete.
      if (next && patched('pact-at-registration-close')) await ctx.issueRecords(() => issuePact(ctx));
      return ctx.ack();
    },
  });
}
