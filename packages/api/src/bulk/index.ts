export {
  appendBulk,
  appendBulkAndSeal,
  appendBulkInTransaction,
  type BulkAppend,
  type BulkOptions,
  sealUntilCaughtUp,
} from './append-bulk.js';
