export type { Database, DrizzleDatabase, SqlRunner, Transaction } from './connect.js';
export { connect } from './connect.js';
export { migrate } from './migrate.js';
export * as schema from './schema.js';
