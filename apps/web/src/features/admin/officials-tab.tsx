import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  type OfficialPosition,
  officialOrgKind,
  officialPositionLabels,
  officialPositions,
} from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFields } from '../../lib/use-fields';

/**
 * The people who sign the records, per organisation and dated: a change of head is an end and a
 * new holder, so older records keep their signer.
 */
export function OfficialsTab() {
  const api = useApi();
  const list = useQuery(api.admin.officials.list.queryOptions({}));
  return (
    <QueryState query={list}>
      {({ today, organisations, officials }) => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t.admin.officialsLead}
          </Text>
          <AddOfficial organisations={organisations} today={today} />
          {organisations
            .filter((o) => officials.some((x) => x.orgId === o.id))
            .map((o) => (
              <Paper key={o.id} withBorder p="sm">
                <Title order={3} size="h5" mb="xs">
                  {o.name}
                </Title>
                <DataTable
                  striped
                  miw={760}
                  aria-label={o.name}
                  rows={officials.filter((x) => x.orgId === o.id)}
                  rowKey={(x) => x.id}
                  columns={[
                    { header: t.admin.position, cell: (x) => officialPositionLabels[x.position] },
                    { header: t.admin.fullName, rowHeader: true, cell: (x) => x.fullName },
                    { header: t.admin.officialTitle, cell: (x) => x.title },
                    { header: t.admin.signatureTitle, cell: (x) => x.signatureTitle ?? '—' },
                    {
                      header: t.admin.term,
                      cell: (x) => (
                        <>
                          {formatDate(x.validFrom)} – {x.validTo ? formatDate(x.validTo) : t.admin.inOffice}
                        </>
                      ),
                    },
                    {
                      header: t.common.actions,
                      cell: (x) =>
                        x.validTo ? (
                          <Badge variant="light" color="gray">
                            {t.admin.ended}
                          </Badge>
                        ) : (
                          <EndTermButton officialId={x.id} fullName={x.fullName} today={today} />
                        ),
                    },
                  ]}
                />
              </Paper>
            ))}
        </Stack>
      )}
    </QueryState>
  );
}

/** Ends a term on the last working day chosen in its own dialog (today unless changed). */
function EndTermButton({
  officialId,
  fullName,
  today,
}: {
  officialId: string;
  fullName: string;
  today: string;
}) {
  const api = useApi();
  const end = useAction(api.admin.officials.end.mutationOptions(), t.admin.officialEnded);
  const [validTo, setValidTo] = useState('');
  return (
    <ConfirmButton
      size="compact-sm"
      variant="subtle"
      color="red"
      label={t.admin.endTerm}
      title={t.admin.endFor(fullName)}
      aria-label={t.admin.endFor(fullName)}
      message={t.admin.endTermMessage}
      confirmLabel={t.admin.endTerm}
      onConfirm={() => end.mutateAsync({ officialId, validTo: validTo || today })}
    >
      <DateField label={t.admin.endOn} value={validTo || today} onChange={setValidTo} />
    </ConfirmButton>
  );
}

interface Organisation {
  kind: 'unit' | 'province' | 'bloc';
  id: string;
  name: string;
}

function AddOfficial({ organisations, today }: { organisations: Organisation[]; today: string }) {
  const api = useApi();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [position, setPosition] = useState<OfficialPosition | null>(null);
  const fields = useFields({ fullName: '', title: '', signatureTitle: '', validFrom: '' });
  const fullName = fields.values.fullName.trim();
  const title = fields.values.title.trim();
  const signatureTitle = fields.values.signatureTitle.trim();
  const validFrom = fields.values.validFrom || today;
  const org = organisations.find((o) => o.id === orgId);
  const positions = officialPositions.filter((p) => officialOrgKind[p] === org?.kind);
  const add = useAction(
    api.admin.officials.add.mutationOptions({
      onSuccess: () => fields.set({ fullName: '', title: '', signatureTitle: '' }),
    }),
    t.admin.officialAdded,
  );
  const ready = org && position && fullName && title;
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="sm">
        <Select
          label={t.admin.organisation}
          required
          searchable
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={orgId}
          onChange={(v) => {
            setOrgId(v);
            setPosition(null);
          }}
          miw={260}
        />
        <Select
          label={t.admin.position}
          required
          data={positions.map((p) => ({ value: p, label: officialPositionLabels[p] }))}
          value={position}
          onChange={(v) => setPosition(v as OfficialPosition | null)}
          disabled={!org}
        />
        <TextInput label={t.admin.fullName} required {...fields.input('fullName')} />
        <TextInput
          label={t.admin.officialTitle}
          required
          placeholder={t.admin.officialTitleHint}
          {...fields.input('title')}
        />
        <TextInput
          label={t.admin.signatureTitle}
          placeholder={t.admin.signatureTitleHint}
          {...fields.input('signatureTitle')}
        />
        <DateField
          label={t.admin.validFrom}
          required
          value={validFrom}
          onChange={(day) => fields.set({ validFrom: day })}
        />
        <Button
          loading={add.isPending}
          disabled={!ready}
          onClick={() =>
            org &&
            position &&
            add.mutate({
              position,
              orgId: org.id,
              fullName,
              title,
              ...(signatureTitle ? { signatureTitle } : {}),
              validFrom,
            })
          }
        >
          {t.admin.addOfficial}
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </Paper>
  );
}
