import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fileRoutes } from '../../api/file-routes';
import type { Out } from '../../api/types';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { type CycleDetail, can } from '../cycle/contract';
import { ListSection } from './list-section';
import { ChoiceField, DayField, GroundsFields, sendStepFile } from './step-file';

type EligibilityView = Out['eligibility']['list'];
type Case = EligibilityView['cases'][number];

/**
 * The cases recorded against units this year (an inspection under way, a corruption case being
 * verified…), each with what the year's rules let it block; the secretariat and the bloc head record
 * and clear them here, when the year offers them the steps: on the conference screen, and on the
 * dossier screen once the awards are decided (a case found later grounds a revocation, even after
 * the year is closed).
 */
export function EligibilityCases({ cycle, refreshOn }: { cycle: CycleDetail; refreshOn: unknown }) {
  const api = useApi();
  const query = useQuery(api.eligibility.list.queryOptions({ cycleId: cycle.id }));
  // The screen's own view moves with every step of the year, a case recorded elsewhere included.
  const { refetch } = query;
  useEffect(() => {
    if (refreshOn) void refetch();
  }, [refreshOn, refetch]);
  const mayRecord = can(cycle, 'recordEligibilityCase');
  const mayClear = can(cycle, 'clearEligibilityCase');
  return (
    <QueryState query={query}>
      {(view) =>
        view.cases.length === 0 && !mayRecord ? null : (
          <ListSection
            title={t.conference.casesTitle}
            empty={view.cases.length === 0}
            list={
              <Table fz="sm" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.conference.caseUnit}</Table.Th>
                    <Table.Th>{t.conference.caseKind}</Table.Th>
                    <Table.Th>{t.conference.caseBlocks}</Table.Th>
                    <Table.Th>{t.conference.caseStatus}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.cases.map((c) => (
                    <CaseRow key={c.caseId} cycleId={cycle.id} c={c} mayClear={mayClear} />
                  ))}
                </Table.Tbody>
              </Table>
            }
            form={mayRecord && <RecordCase cycleId={cycle.id} view={view} />}
          />
        )
      }
    </QueryState>
  );
}

function CaseRow({ cycleId, c, mayClear }: { cycleId: string; c: Case; mayClear: boolean }) {
  return (
    <Table.Tr>
      <Table.Td>{c.name}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {c.kind}
        </Text>
        <Text size="sm">{c.reason}</Text>
        <Text size="xs" c="dimmed">
          {c.documentRef}
          {c.fileId && (
            <>
              {' · '}
              <Anchor href={fileRoutes.stepFile(c.fileId)} size="xs" target="_blank" rel="noopener">
                {t.conference.caseFile(c.fileName ?? '')}
              </Anchor>
            </>
          )}
        </Text>
      </Table.Td>
      <Table.Td>{c.blocksText}</Table.Td>
      <Table.Td>
        {c.clearedOn ? (
          <Stack gap={2}>
            <Badge color="teal">{t.conference.caseClearedOn(formatDate(c.clearedOn))}</Badge>
            <Text size="xs">{c.clearedNote}</Text>
          </Stack>
        ) : (
          <Stack gap={4}>
            <Badge color="orange">{t.conference.caseOpen}</Badge>
            {mayClear && <ClearCase cycleId={cycleId} c={c} />}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function ClearCase({ cycleId, c }: { cycleId: string; c: Case }) {
  const api = useApi();
  const clear = useAction(api.eligibility.clearCase.mutationOptions(), t.conference.caseCleared);
  const [clearedOn, setClearedOn] = useState('');
  return (
    <ConfirmButton
      label={t.conference.clearCase}
      size="compact-xs"
      variant="light"
      message={t.conference.clearCaseConfirm(c.name)}
      reason={{ label: t.conference.clearCaseNote, minRows: 2 }}
      confirmDisabled={!clearedOn}
      onConfirm={(note) =>
        clear.mutateAsync({ cycleId, unitId: c.unitId, caseId: c.caseId, clearedOn, note })
      }
    >
      <DayField label={t.conference.clearCaseDate} value={clearedOn} onChange={setClearedOn} />
    </ConfirmButton>
  );
}

function RecordCase({ cycleId, view }: { cycleId: string; view: EligibilityView }) {
  const api = useApi();
  const record = useAction(api.eligibility.recordCase.mutationOptions(), t.conference.caseRecorded);
  const [unitId, setUnitId] = useState('');
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const kind = view.kinds.find((k) => k.code === code);
  const unitName = view.units.find((u) => u.unitId === unitId)?.name ?? '';
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t.conference.recordCaseLead}
      </Text>
      <Group grow align="flex-start">
        <ChoiceField
          label={t.conference.caseUnit}
          options={view.units.map((u) => ({ value: u.unitId, label: u.name }))}
          value={unitId}
          onChange={setUnitId}
        />
        <ChoiceField
          label={t.conference.caseKind}
          options={view.kinds.map((k) => ({ value: k.code, label: k.label }))}
          value={code}
          onChange={setCode}
          description={kind ? `${kind.blocksText} (${kind.citation})` : undefined}
        />
      </Group>
      <GroundsFields
        reason={{ label: t.conference.caseReason, value: reason, onChange: setReason }}
        reference={{ label: t.conference.caseDocument, value: documentRef, onChange: setDocumentRef }}
        file={{ label: t.conference.caseUpload, value: file, onChange: setFile }}
      />
      <ConfirmButton
        label={t.conference.recordCase}
        variant="light"
        color="orange"
        message={t.conference.recordCaseConfirm(unitName, kind?.blocksText ?? '')}
        disabled={!unitId || !kind || !reason.trim() || !documentRef.trim()}
        onConfirm={async () => {
          if (!unitId || !kind) return;
          const fileId = await sendStepFile(fileRoutes.uploadCaseFile, { cycleId, unitId }, file);
          await record.mutateAsync({
            cycleId,
            unitId,
            code: kind.code,
            reason,
            documentRef,
            ...(fileId ? { fileId } : {}),
          });
          setReason('');
          setDocumentRef('');
          setFile(null);
        }}
      />
    </Stack>
  );
}
