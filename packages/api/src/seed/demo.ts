import { demoScenario } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { CommandExecutor } from '../commands/execute.js';
import type { SqlRunner } from '../database/index.js';

export const isEmpty = async (runner: SqlRunner): Promise<boolean> => {
  const [row] = await runner.rows<{ empty: boolean }>(
    sql`SELECT NOT EXISTS (SELECT 1 FROM events) AS empty`,
  );
  return row?.empty ?? false;
};

/**
 * Seeds the StrategieWerkstatt demo — workshops from 2016 to an adopted measure with milestones
 * to 2030 — through the same command path as the API, so every event is a real decision.
 */
export const seedDemo = async (
  runner: SqlRunner,
  execute: CommandExecutor,
  options: {
    now: string;
    /** The installation's time zone; the demo's own (Europe/Berlin) when not given. */
    timeZone?: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<number> => {
  if (!(await isEmpty(runner)))
    throw new Error('The database already holds events: demo not seeded.');
  const steps = demoScenario({
    now: options.now,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  for (const [index, { command }] of steps.entries()) {
    await execute({
      type: command.type,
      data: command.data as unknown as Record<string, unknown>,
      metadata: command.metadata,
    });
    options.onProgress?.(index + 1, steps.length);
  }
  return steps.length;
};
