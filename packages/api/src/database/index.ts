export type { Database, DrizzleDatabase, SqlRunner, Transaction } from './connect.js';
export { connect } from './connect.js';
export { DataDirLockedError, EXIT_DATA_DIR_LOCKED, lockDataDir } from './data-dir-lock.js';
export { migrate } from './migrate.js';
export * as schema from './schema.js';
