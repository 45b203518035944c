export { type BallotCheck, type EncryptedBallot, encryptBallot, verifyBallot } from './ballot';
export { BOARD_FORMAT, type BulletinBoard, boardHash, serializeBoard } from './board';
export type { Ciphertext } from './elgamal';
export {
  BallotCryptoError,
  type Hex,
  type Point,
  pointFromHex,
  pointToHex,
  type RandomBytes,
  seededRandom,
  systemRandom,
} from './group';
export {
  checkRegistration,
  combinePublicKey,
  generateKeyShare,
  type KeyShare,
  restoreShare,
  type ShareRegistration,
  shareToBackup,
} from './keys';
export { checkParams, type RoundParams, roundParams } from './round';
export { simulateRound } from './simulate';
export {
  type CiphertextJson,
  checkPartialDecryption,
  ciphertextFromJson,
  ciphertextToJson,
  combineBallots,
  finishTally,
  type PartialDecryption,
  partialDecrypt,
} from './tally';
