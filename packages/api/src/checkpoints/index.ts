export type { CheckpointCheck, CheckpointStatus, Verification } from './check-checkpoint.js';
export { CannotCheckError, checkCheckpoint } from './check-checkpoint.js';
export type { CheckpointClaim, SignedCheckpoint } from './checkpoint.js';
export { signatureValid, signClaim, signedBytes } from './checkpoint.js';
export type { CheckpointInput, RawCheckpointInput } from './checkpoint-input.js';
export { parseCheckpointInput, parseCheckpointText } from './checkpoint-input.js';
export type { CheckpointService } from './checkpoint-service.js';
export { createCheckpointService } from './checkpoint-service.js';
export type { StoredCheckpoint } from './checkpoint-store.js';
export type { SigningKey, VerifyingKey } from './signing-key.js';
export {
  createKeyFile,
  eventMacKeyOf,
  generateSigningKey,
  loadSigningKey,
  SigningKeyError,
  signingKeyOf,
  verifyingKeyFrom,
} from './signing-key.js';
