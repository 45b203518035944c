import { Badge, Group, Tabs } from '@mantine/core';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { mayCall, ownUnitId, useMe } from '../../../auth/session';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { t } from '../../../i18n';
import type { CycleDetail } from '../contract';
import { useCycle, useCycleId } from '../use-cycle';

type Tab = keyof typeof t.cycle.tabs;

interface Props {
  /** The screen's own title; the cycle's name goes underneath. */
  title?: string;
  actions?: (cycle: CycleDetail) => ReactNode;
  /** What the screen is about in the browser tab; the cycle's name by default. */
  about?: (cycle: CycleDetail) => string | undefined;
  children: (cycle: CycleDetail) => ReactNode;
}

/** Header, phase badge and the cycle's tab bar around every screen of the route's cycle. */
export function CycleFrame({ title, actions, about, children }: Props) {
  const query = useCycle(useCycleId());
  return (
    <QueryState query={query}>
      {(cycle) => (
        <>
          <PageHeader
            title={title ?? t.cycle.title(cycle.blocName, cycle.year)}
            subtitle={
              <Group gap="xs">
                {title && <span>{t.cycle.title(cycle.blocName, cycle.year)}</span>}
                <Badge variant="light">
                  <PhaseLabel cycle={cycle} />
                </Badge>
              </Group>
            }
            actions={actions?.(cycle)}
            about={title ? (about?.(cycle) ?? t.cycle.title(cycle.blocName, cycle.year)) : undefined}
          />
          <CycleTabs cycle={cycle} />
          {children(cycle)}
        </>
      )}
    </QueryState>
  );
}

function CycleTabs({ cycle }: { cycle: CycleDetail }) {
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const unitId = ownUnitId(me);
  const base = `/cycles/${cycle.id}`;
  const targets: Partial<Record<Tab, string>> = {
    overview: base,
    ...(unitId && cycle.units.some((u) => u.unitId === unitId)
      ? { selfAssessment: `${base}/self-assessment/${unitId}` }
      : {}),
    ...(mayCall(me, 'review.list') ? { review: `${base}/review` } : {}),
    ranking: `${base}/ranking`,
    conference: `${base}/conference`,
    dossier: `${base}/dossier`,
    ...(mayCall(me, 'audit.list') ? { audit: `${base}/audit` } : {}),
  };
  const entries = Object.entries(targets) as [Tab, string][];
  const active = [...entries]
    .reverse()
    .find(([, href]) => pathname === href || pathname.startsWith(`${href}/`))?.[0];
  return (
    <Tabs
      value={active ?? null}
      onChange={(value) => {
        const href = value ? targets[value as Tab] : undefined;
        if (href) void navigate({ to: href });
      }}
      mb="md"
      className="no-print"
    >
      <Tabs.List aria-label={t.cycle.title(cycle.blocName, cycle.year)}>
        {entries.map(([tab]) => (
          <Tabs.Tab key={tab} value={tab}>
            {t.cycle.tabs[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

function PhaseLabel({ cycle }: { cycle: CycleDetail }) {
  return (
    <>
      {t.cycle.currentPhase}: {t.cycle.phases[cycle.phase] ?? cycle.phase}
    </>
  );
}
