export { streamTypeOf } from './append.js';
export { canonicalJson, sha256Hex } from './canonical-json.js';
export { GENESIS_HASH } from './chain.js';
export { ConcurrencyError } from './errors.js';
export type { EventStore, EventStoreOptions, InlineProjection } from './event-store.js';
export { createEventStore } from './event-store.js';
export type * from './types.js';
export type { TamperFinding, TamperKind, VerifyResult } from './verify.js';
