import type { KeyShare, ShareRegistration } from '@thidua/ballot-crypto';
import { saveBlob } from '../../lib/download';

/**
 * The browser's side of an encrypted round (@thidua/ballot-crypto, the same code the server checks
 * with): loaded only by the screens that encrypt, register or decrypt, never with the first load.
 * A board member's secret share lives in this browser's storage, keyed by round and seat, and in
 * the backup file the member downloads; a unit's ballot tracker is kept here too, as its receipt.
 */
export const loadBallotCrypto = () => import('@thidua/ballot-crypto');

const shareKey = (roundId: string, seat: number) => `thidua.board-share.${roundId}.${seat}`;
const trackerKey = (roundId: string, unitId: string) => `thidua.ballot-tracker.${roundId}.${unitId}`;

interface StoredShare {
  secret: string;
  publicShare: string;
  /** The member downloaded the backup file (or restored from one): the share may be registered. */
  backedUp: boolean;
  /** What the server is sent, with its proof: kept until registered. */
  registration?: ShareRegistration | undefined;
}

export interface DeviceShare extends Omit<StoredShare, 'secret'> {
  share: KeyShare;
}

export async function readShare(roundId: string, seat: number): Promise<DeviceShare | null> {
  const raw = localStorage.getItem(shareKey(roundId, seat));
  if (!raw) return null;
  const stored = JSON.parse(raw) as StoredShare;
  const { pointFromHex } = await loadBallotCrypto();
  return {
    share: {
      roundId,
      member: seat,
      secret: BigInt(`0x${stored.secret}`),
      publicShare: pointFromHex(stored.publicShare, 'publicShare'),
    },
    publicShare: stored.publicShare,
    backedUp: stored.backedUp,
    registration: stored.registration,
  };
}

export async function keepShare(
  share: KeyShare,
  backedUp: boolean,
  registration?: ShareRegistration,
): Promise<DeviceShare> {
  const { pointToHex } = await loadBallotCrypto();
  const stored: StoredShare = {
    secret: share.secret.toString(16).padStart(64, '0'),
    publicShare: pointToHex(share.publicShare),
    backedUp,
    registration,
  };
  localStorage.setItem(shareKey(share.roundId, share.member), JSON.stringify(stored));
  return { share, publicShare: stored.publicShare, backedUp, registration };
}

export const keepTracker = (roundId: string, unitId: string, tracker: string) =>
  localStorage.setItem(trackerKey(roundId, unitId), tracker);

export const readTracker = (roundId: string, unitId: string | undefined) =>
  unitId ? localStorage.getItem(trackerKey(roundId, unitId)) : null;

/** Saves text the browser made as a file (a key backup, a receipt, the bulletin board). */
export function saveText(text: string, fileName: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type }), fileName);
}
