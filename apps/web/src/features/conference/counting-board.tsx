import { Alert, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { t } from '../../i18n';
import type { Round } from './contract';
import { readTracker, saveText } from './encrypted-round';

type Board = NonNullable<Round['board']>;

/** The counting board's progress as the room follows it: keys registered, then decryptions sent. */
export function BoardProgress({ board, counted }: { board: Board; counted: boolean }) {
  const total = board.members.length;
  const keys = board.members.filter((m) => m.keyRegistered).length;
  const decrypted = board.members.filter((m) => m.decrypted).length;
  return (
    <Stack gap={4} aria-label={t.conference.session.countingBoard} role="group">
      {!board.keyPublished && (
        <Alert color="yellow" variant="light" role="status">
          {t.conference.encrypted.waitingKeys}
        </Alert>
      )}
      {board.sealed && !counted && (
        <Alert color="yellow" variant="light" role="status">
          {t.conference.encrypted.counting}
        </Alert>
      )}
      <Group gap="md">
        <Text size="sm" fw={600} className="tabular">
          {t.conference.encrypted.keys(keys, total)}
        </Text>
        {board.sealed && (
          <Text size="sm" fw={600} className="tabular">
            {t.conference.encrypted.decryptions(decrypted, total)}
          </Text>
        )}
      </Group>
      <List size="sm">
        {board.members.map((m) => (
          <List.Item key={m.seat}>
            {t.conference.encrypted.memberStatus(m.name, m.keyRegistered, m.decrypted)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The round's published bulletin board: the file to download (what `npm run verify-round` checks)
 * with its hash, and a unit's check that its ballot's tracker is on it.
 */
export function BulletinBoard({
  roundId,
  hash,
  unitId,
}: {
  roundId: string;
  hash: string;
  unitId?: string | undefined;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [tracker, setTracker] = useState(() => readTracker(roundId, unitId) ?? '');
  const [found, setFound] = useState<boolean | null>(null);
  const file = () => queryClient.fetchQuery(api.conference.bulletinBoard.queryOptions({ roundId }));
  return (
    <Stack gap="xs" component="section" aria-label={t.conference.encrypted.bulletinBoard}>
      <Group gap="xs">
        <ExportButton
          label={t.conference.encrypted.download}
          variant="light"
          size="compact-sm"
          onExport={async () => {
            const board = await file();
            saveText(board.file, board.fileName);
          }}
        />
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t.conference.encrypted.hash(hash)}
      </Text>
      <Text size="xs" c="dimmed">
        {t.conference.encrypted.verifyHint}
      </Text>
      <Group gap="xs" align="flex-end">
        <TextInput
          label={t.conference.encrypted.trackerInput}
          value={tracker}
          onChange={(e) => {
            setTracker(e.currentTarget.value.trim());
            setFound(null);
          }}
          maw={560}
          style={{ flex: 1 }}
        />
        <ExportButton
          label={t.conference.encrypted.checkTracker}
          variant="default"
          disabled={tracker === ''}
          onExport={async () => {
            const board = await file();
            const ballots = (JSON.parse(board.file) as { ballots: { tracker: string }[] }).ballots;
            setFound(ballots.some((b) => b.tracker === tracker.toLowerCase()));
          }}
        />
      </Group>
      {found !== null && (
        <Alert color={found ? 'teal' : 'red'} variant="light" role="status">
          {found ? t.conference.encrypted.trackerFound : t.conference.encrypted.trackerMissing}
        </Alert>
      )}
    </Stack>
  );
}
