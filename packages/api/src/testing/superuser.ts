import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

const TRIGGERS = [
  ['events', 'events_append_only'],
  ['event_chain', 'event_chain_append_only'],
  ['checkpoints', 'checkpoints_append_only'],
] as const;

/**
 * What a database superuser (or the tables' owner) can do and the application role cannot:
 * switch off the append-only triggers. Tests that play the attacker with SQL start here.
 */
export const disableAppendOnly = async (runner: SqlRunner): Promise<void> => {
  for (const [table, trigger] of TRIGGERS) {
    await runner.rows(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`));
  }
};

export const enableAppendOnly = async (runner: SqlRunner): Promise<void> => {
  for (const [table, trigger] of TRIGGERS) {
    await runner.rows(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`));
  }
};

/** Runs `work` with the triggers off, as a superuser would, and switches them on again. */
export const asSuperuser = async <T>(runner: SqlRunner, work: () => Promise<T>): Promise<T> => {
  await disableAppendOnly(runner);
  try {
    return await work();
  } finally {
    await enableAppendOnly(runner);
  }
};
