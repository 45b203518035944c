import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ScoringTemplate } from '@thidua/domain';
import { useState } from 'react';
import { myCyclesQuery } from '../../api/screen-queries';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { ScoreInput } from '../../components/score-input';
import { t } from '../../i18n';
import { formatScore, parseDecimal } from '../../lib/format';

/** The criteria table of a cycle; editable until the bloc adopts its plan. */
export function TemplatesTab() {
  const api = useApi();
  const cycles = useQuery(myCyclesQuery(api));
  const [cycleId, setCycleId] = useState<string | null>(null);
  const chosen = cycles.data?.find((c) => c.id === cycleId);
  return (
    <Stack>
      <Select
        label={t.admin.pickCycle}
        data={(cycles.data ?? []).map((c) => ({ value: c.id, label: t.cycle.title(c.blocName, c.year) }))}
        value={cycleId}
        onChange={setCycleId}
        maw={420}
      />
      {chosen && <TemplateEditor key={chosen.id} cycleId={chosen.id} editable={chosen.phase === 'setup'} />}
    </Stack>
  );
}

function TemplateEditor({ cycleId, editable }: { cycleId: string; editable: boolean }) {
  const api = useApi();
  const query = useQuery(api.admin.scoringTemplates.get.queryOptions({ cycleId }));
  return (
    <QueryState query={query}>
      {(found) => (
        <Editor cycleId={cycleId} template={found.template} version={found.version} editable={editable} />
      )}
    </QueryState>
  );
}

function Editor({
  cycleId,
  template,
  version,
  editable,
}: {
  cycleId: string;
  template: ScoringTemplate;
  version: number;
  editable: boolean;
}) {
  const api = useApi();
  const [draft, setDraft] = useState(template);
  const save = useAction(api.admin.scoringTemplates.save.mutationOptions(), t.admin.templateSaved);
  const setCriterion = (id: string, patch: { title?: string; maxPoints?: number }) =>
    setDraft((d) => ({
      ...d,
      groups: d.groups.map((g) => ({
        ...g,
        criteria: g.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)),
      })),
    }));
  const total = draft.groups.reduce((s, g) => s + g.criteria.reduce((x, c) => x + c.maxPoints, 0), 0);

  return (
    <Stack>
      {!editable && <Text size="sm">{t.admin.templateLocked}</Text>}
      <Text fw={600}>{draft.title}</Text>
      <DataTable
        miw={720}
        aria-label={t.admin.tabs.templates}
        groups={draft.groups.map((g) => ({ key: g.id, code: g.code, title: g.title, rows: g.criteria }))}
        rowKey={(c) => c.id}
        columns={[
          { header: t.admin.code, w: 60, cell: (c) => c.code },
          {
            header: t.admin.criteria,
            cell: (c) =>
              editable ? (
                <TextInput
                  aria-label={t.admin.titleLabel(c.code)}
                  value={c.title}
                  onChange={(e) => setCriterion(c.id, { title: e.currentTarget.value })}
                />
              ) : (
                c.title
              ),
          },
          {
            header: t.admin.maxPoints,
            w: 130,
            cell: (c) =>
              editable ? (
                <ScoreInput
                  aria-label={t.admin.maxLabel(c.code)}
                  defaultValue={formatScore(c.maxPoints)}
                  onBlur={(e) => {
                    const v = parseDecimal(e.currentTarget.value);
                    if (!Number.isNaN(v) && v > 0) setCriterion(c.id, { maxPoints: v });
                  }}
                />
              ) : (
                formatScore(c.maxPoints)
              ),
          },
        ]}
      />
      <Group justify="space-between">
        <Text size="sm" className="tabular">
          {t.admin.totalMax(formatScore(total))}
        </Text>
        {editable && (
          <Button
            loading={save.isPending}
            onClick={() => save.mutate({ cycleId, template: draft, expectedVersion: version })}
          >
            {t.admin.saveTemplate}
          </Button>
        )}
      </Group>
      <ErrorAlert error={save.error} />
    </Stack>
  );
}
