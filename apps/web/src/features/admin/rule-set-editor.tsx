import { Alert, Button, Group, List, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type RuleSet, ruleSetForYear, type VoteKind } from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';

interface Props {
  ruleSet: RuleSet;
  version: number;
  /** Years that already have a rule set of this province: the next year is offered only once. */
  takenYears: number[];
}

/**
 * What a secretariat changes from one year to the next: the title, each vote's threshold and seats,
 * the late-report penalty; and the next year's rule set, started as a copy of this one. The legal
 * sources recorded with each rule stay as they are; the server checks the whole rule set again.
 */
export function RuleSetEditor({ ruleSet, version, takenYears }: Props) {
  const api = useApi();
  const [draft, setDraft] = useState<RuleSet>(ruleSet);
  const save = useAction(api.admin.ruleSets.save.mutationOptions(), t.admin.ruleSetSaved);
  const copy = useAction(api.admin.ruleSets.save.mutationOptions(), t.admin.ruleSetCopied);
  const nextYear = ruleSet.year + 1;
  const setVote = (kind: VoteKind, patch: Partial<RuleSet['votes'][VoteKind]>) =>
    setDraft((d) => ({ ...d, votes: { ...d.votes, [kind]: { ...d.votes[kind], ...patch } } }));

  return (
    <Stack>
      <TextInput
        label={t.admin.ruleSetTitle}
        value={draft.title}
        onChange={(e) => {
          const title = e.currentTarget.value;
          setDraft((d) => ({ ...d, title }));
        }}
      />
      <Title order={3} size="h5">
        {t.admin.voteRules}
      </Title>
      <DataTable
        aria-label={t.admin.voteRules}
        rows={(Object.keys(draft.votes) as VoteKind[]).map((kind) => ({
          kind,
          rule: draft.votes[kind],
          name: t.conference.voteKinds[kind] ?? kind,
        }))}
        rowKey={({ kind }) => kind}
        columns={[
          {
            header: t.admin.voteKind,
            rowHeader: true,
            cellProps: () => ({ fw: undefined }),
            cell: ({ name }) => name,
          },
          {
            header: t.admin.threshold,
            cell: ({ kind, rule, name }) => (
              <NumberInput
                aria-label={`${t.admin.threshold} – ${name}`}
                min={0}
                max={100}
                decimalScale={2}
                decimalSeparator=","
                suffix=" %"
                value={rule.threshold.percent}
                onChange={(v) => setVote(kind, { threshold: { ...rule.threshold, percent: Number(v) || 0 } })}
              />
            ),
          },
          {
            header: t.admin.seats,
            cell: ({ kind, rule, name }) => (
              <NumberInput
                aria-label={`${t.admin.seats} – ${name}`}
                min={1}
                allowDecimal={false}
                value={rule.seats}
                onChange={(v) => setVote(kind, { seats: Number(v) || 1 })}
              />
            ),
          },
        ]}
      />
      <NumberInput
        label={t.admin.latePenalty}
        min={0}
        decimalScale={2}
        decimalSeparator=","
        w={280}
        value={draft.lateSubmission.pointsPerLateReport}
        onChange={(v) =>
          setDraft((d) => ({
            ...d,
            lateSubmission: { ...d.lateSubmission, pointsPerLateReport: Number(v) || 0 },
          }))
        }
      />
      <Text size="sm" c="dimmed">
        {t.admin.ruleSetSourcesKept}
      </Text>
      <ErrorAlert error={save.error ?? copy.error} />
      <MinorityWarnings warnings={(save.data ?? copy.data)?.warnings ?? []} />
      <Group>
        <Button
          loading={save.isPending}
          onClick={() => save.mutate({ ruleSet: draft, expectedVersion: version })}
        >
          {t.common.save}
        </Button>
        {!takenYears.includes(nextYear) && (
          <Button
            variant="light"
            loading={copy.isPending}
            onClick={() =>
              copy.mutate({
                ruleSet: ruleSetForYear(draft, nextYear),
                expectedVersion: 0,
              })
            }
          >
            {t.admin.ruleSetCopyTo(nextYear)}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The server's flag on a saved rule set whose denominator lets a minority of the members decide. */
function MinorityWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" role="alert" title={t.admin.minorityTitle}>
      <List size="sm">
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
