import { Alert, Button, FileInput, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ShareRegistration } from '@thidua/ballot-crypto';
import { type ReactNode, useEffect, useState } from 'react';
import type { Out } from '../../api/types';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { BoardProgress } from './counting-board';
import { type DeviceShare, keepShare, loadBallotCrypto, readShare, saveText } from './encrypted-round';
import { useConference } from './use-conference';

type BoardView = Out['conference']['ballotBoard'];
type Seat = BoardView['members'][number];

/**
 * A counting board member's device: the member's key share is drawn and kept in this browser (with
 * a backup file the member downloads before registering), its public part registered with a proof;
 * after the close the device decrypts the sealed sums with proofs. Another device restores the share
 * from the backup. The page follows the round without reload (polling the board's public record).
 */
export function BoardPage() {
  const { cycleId, roundId } = useParams({ strict: false }) as { cycleId: string; roundId: string };
  const api = useApi();
  const me = useMe();
  const conference = useConference(cycleId);
  const board = useQuery(api.conference.ballotBoard.queryOptions({ roundId }, { refetchInterval: 3_000 }));
  const round = conference.data?.rounds.find((r) => r.id === roundId);
  return (
    <CycleFrame title={t.conference.encrypted.deviceTitle}>
      {() => (
        <QueryState query={board}>
          {(view) => {
            const seat = view.members.find((m) => m.userId === me.userId);
            return (
              <Stack maw={760}>
                {round && (
                  <Title order={2} size="h4">
                    {t.conference.round(
                      t.conference.voteKinds[round.voteKind] ?? round.voteKind,
                      round.roundNumber,
                    )}
                  </Title>
                )}
                {!view.encrypted && <Alert color="gray">{t.conference.encrypted.notEncrypted}</Alert>}
                {view.encrypted && !seat && <Alert color="gray">{t.conference.encrypted.notMember}</Alert>}
                {seat && (
                  <Device
                    view={view}
                    seat={seat}
                    counted={round?.status === 'closed'}
                    refresh={() => board.refetch()}
                  />
                )}
                {round?.board && <BoardProgress board={round.board} counted={round.status === 'closed'} />}
                <Button
                  component={Link}
                  to={`/cycles/${cycleId}/conference`}
                  variant="default"
                  w="fit-content"
                >
                  {t.conference.backToConference}
                </Button>
              </Stack>
            );
          }}
        </QueryState>
      )}
    </CycleFrame>
  );
}

interface DeviceProps {
  view: BoardView;
  seat: Seat;
  counted: boolean;
  refresh: () => void;
}

/** What this device holds for the member's seat decides the step it offers. */
function Device({ view, seat, counted, refresh }: DeviceProps) {
  // undefined: still reading this browser's storage; null: no share here.
  const [device, setDevice] = useState<DeviceShare | null | undefined>(undefined);
  useEffect(() => {
    readShare(view.roundId, seat.seat).then(setDevice, () => setDevice(null));
  }, [view.roundId, seat.seat]);
  const total = view.members.length;
  const matches = device && seat.publicShare !== null && device.publicShare === seat.publicShare;

  let step: ReactNode;
  if (device === undefined) step = null;
  else if (seat.publicShare === null)
    step = <CreateKey view={view} seat={seat} device={device} onKept={setDevice} refresh={refresh} />;
  else if (!matches) step = <RestoreKey view={view} seat={seat} onKept={setDevice} />;
  else if (counted || view.boardHash)
    step = (
      <Alert color="teal" role="status">
        {t.conference.encrypted.counted}
      </Alert>
    );
  else if (seat.decrypted)
    step = (
      <Alert color="teal" role="status">
        {t.conference.encrypted.waitingDecryptions(view.members.filter((m) => m.decrypted).length, total)}
      </Alert>
    );
  else if (view.sealed && view.sums)
    step = <Decrypt view={view} seat={seat} device={device} refresh={refresh} />;
  else if (view.publicKey)
    step = (
      <Alert color="blue" role="status">
        {t.conference.encrypted.keyPublished}
      </Alert>
    );
  else
    step = (
      <Alert color="blue" role="status">
        {t.conference.encrypted.waitingMembers(
          view.members.filter((m) => m.publicShare !== null).length,
          total,
        )}
      </Alert>
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600}>{t.conference.encrypted.yourSeat(seat.seat, total)}</Text>
        {step}
      </Stack>
    </Paper>
  );
}

function CreateKey({
  view,
  seat,
  device,
  onKept,
  refresh,
}: Omit<DeviceProps, 'counted'> & { device: DeviceShare | null; onKept: (d: DeviceShare) => void }) {
  const api = useApi();
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const register = useAction(
    api.conference.registerKeyShare.mutationOptions(),
    t.conference.encrypted.registered,
  );
  const generate = async () => {
    setFailure(null);
    try {
      const { generateKeyShare, systemRandom } = await loadBallotCrypto();
      const { share, registration } = generateKeyShare(view.roundId, seat.seat, systemRandom);
      onKept(await keepShare(share, false, registration));
    } catch {
      setFailure(t.conference.encrypted.keyFailed);
    }
  };
  const backup = async (d: DeviceShare) => {
    setFailure(null);
    try {
      const { shareToBackup, systemRandom } = await loadBallotCrypto();
      saveText(
        await shareToBackup(d.share, passphrase, systemRandom),
        t.conference.encrypted.backupName(view.roundId, seat.seat),
      );
      onKept(await keepShare(d.share, true, d.registration));
    } catch {
      setFailure(t.conference.encrypted.keyFailed);
    }
  };
  const send = async (registration: ShareRegistration) => {
    await register.mutateAsync({ roundId: view.roundId, unitId: seat.unitId, registration });
    refresh();
  };

  if (!device?.registration)
    return (
      <Stack gap="xs">
        <Text size="sm">{t.conference.encrypted.generateHint}</Text>
        <Button w="fit-content" onClick={generate}>
          {t.conference.encrypted.generate}
        </Button>
        {failure && <Alert color="red">{failure}</Alert>}
      </Stack>
    );
  const registration = device.registration;
  const shortPassphrase = passphrase.normalize('NFC').length < 10;
  return (
    <Stack gap="xs">
      <PasswordInput
        label={t.conference.encrypted.passphrase}
        description={t.conference.encrypted.passphraseHint}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        error={passphrase !== '' && shortPassphrase ? t.conference.encrypted.passphraseShort : undefined}
        maw={420}
      />
      <Group gap="xs">
        <Button
          variant={device.backedUp ? 'default' : 'filled'}
          disabled={shortPassphrase}
          onClick={() => backup(device)}
        >
          {t.conference.encrypted.downloadBackup}
        </Button>
        <Button
          disabled={!device.backedUp}
          loading={register.isPending}
          onClick={() => send(registration).catch(() => undefined)}
        >
          {t.conference.encrypted.register}
        </Button>
      </Group>
      {device.backedUp ? (
        <Text size="sm" c="teal.9" role="status">
          {t.conference.encrypted.backupSaved}
        </Text>
      ) : (
        <Text size="sm">{t.conference.encrypted.backupFirst}</Text>
      )}
      {failure && <Alert color="red">{failure}</Alert>}
      <ErrorAlert error={register.error} />
    </Stack>
  );
}

function RestoreKey({
  view,
  seat,
  onKept,
}: Omit<DeviceProps, 'counted' | 'refresh'> & { onKept: (d: DeviceShare) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [failure, setFailure] = useState(false);
  const [pending, setPending] = useState(false);
  const restore = async () => {
    if (!file) return;
    setFailure(false);
    setPending(true);
    try {
      const { restoreShare } = await loadBallotCrypto();
      const share = await restoreShare(await file.text(), passphrase, {
        roundId: view.roundId,
        member: seat.seat,
        publicShare: seat.publicShare ?? undefined,
      });
      onKept(await keepShare(share, true));
    } catch {
      setFailure(true);
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-label={t.conference.encrypted.restoreTitle}>
      <Text fw={600}>{t.conference.encrypted.restoreTitle}</Text>
      <Text size="sm">{t.conference.encrypted.restoreHint}</Text>
      <FileInput
        label={t.conference.encrypted.backupFile}
        accept=".json,application/json"
        value={file}
        onChange={setFile}
        maw={420}
      />
      <PasswordInput
        label={t.conference.encrypted.passphrase}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        maw={420}
      />
      <Button w="fit-content" disabled={!file || passphrase === ''} loading={pending} onClick={restore}>
        {t.conference.encrypted.restore}
      </Button>
      {failure && (
        <Alert color="red" role="alert">
          {t.conference.encrypted.restoreFailed}
        </Alert>
      )}
    </Stack>
  );
}

function Decrypt({ view, seat, device, refresh }: Omit<DeviceProps, 'counted'> & { device: DeviceShare }) {
  const api = useApi();
  const submit = useAction(
    api.conference.submitPartialDecryption.mutationOptions(),
    t.conference.encrypted.decrypted,
  );
  const send = async () => {
    const { ciphertextFromJson, partialDecrypt, pointFromHex, systemRandom } = await loadBallotCrypto();
    const params = {
      roundId: view.roundId,
      candidateIds: view.candidates.map((c) => c.unitId),
      maxChoices: view.maxChoices,
    };
    const sums = (view.sums ?? []).map((s, i) => ciphertextFromJson(s, `sums[${i}]`));
    const partial = partialDecrypt(
      params,
      pointFromHex(view.publicKey, 'publicKey'),
      device.share,
      sums,
      systemRandom,
    );
    await submit.mutateAsync({ roundId: view.roundId, unitId: seat.unitId, partial });
    refresh();
  };
  return (
    <Stack gap="xs">
      <Text size="sm">{t.conference.encrypted.decryptHint}</Text>
      <Button w="fit-content" loading={submit.isPending} onClick={() => send().catch(() => undefined)}>
        {t.conference.encrypted.decrypt}
      </Button>
      <ErrorAlert error={submit.error} />
    </Stack>
  );
}
