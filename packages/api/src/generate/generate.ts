import { describeFailures, type RunResult, runSteps } from '@fahrplan/domain';
import { appendBulk, type BulkAppend, type BulkOptions, sealUntilCaughtUp } from '../bulk/index.js';
import type { Database } from '../database/index.js';
import { toNewEvent } from '../event-log/event-mapping.js';
import { streamIdOf } from '../event-log/streams.js';
import { sealPending } from '../event-store/chain.js';
import { processSteps } from './history.js';

/** Events a strategy process holds at most; a larger history is several processes side by side. */
const EVENTS_PER_PROCESS = 50_000;

/** Events the sealer hashes per transaction: a generated batch or more in one pass. */
const SEAL_BATCH = 20_000;

export interface GenerateOptions extends BulkOptions {
  readonly events: number;
  readonly seed?: number;
  /** Events per transaction of the bulk path. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface GeneratedProcess {
  readonly process: number;
  readonly result: RunResult;
}

/**
 * The generated processes one after the other, each run through the domain's command runner
 * (authorize, references, decide, evolve, follow-ups): the same seed, the same histories.
 */
async function* generateProcesses(events: number, seed = 1): AsyncGenerator<GeneratedProcess> {
  const processes = Math.max(1, Math.ceil(events / EVENTS_PER_PROCESS));
  for (let process = 0; process < processes; process++) {
    const share = Math.round(events / processes);
    yield { process, result: await runSteps(processSteps({ process, events: share, seed })) };
  }
}

/** The runner's log as appends: consecutive events of one stream go together. */
export const appendsOf = (result: RunResult, seed: number): BulkAppend[] => {
  const appends: { streamId: string; events: ReturnType<typeof toNewEvent>[] }[] = [];
  for (const { kind, id, event } of result.log) {
    const streamId = streamIdOf(kind, id);
    const last = appends.at(-1);
    if (last?.streamId === streamId) last.events.push(toNewEvent(event));
    else appends.push({ streamId, events: [toNewEvent(event)] });
  }
  return appends.map((append) => ({
    ...append,
    metadata: { actor: 'fahrplan-generate', command: 'generate', seed },
  }));
};

/**
 * Generates a history of about `events` events and writes it through the bulk path (inline
 * projections, personal data, the hash chain). Returns the number of events written.
 */
export const generateHistory = async (
  database: Database,
  options: GenerateOptions,
): Promise<{ events: number; failures: number }> => {
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 4000;
  // Nobody else writes into the new history: each batch continues from the rows the one before
  // projected, without reading them back.
  const bulk: BulkOptions = { ...options, projected: options.projected ?? new Map() };
  let done = 0;
  let failures = 0;
  // The chain over one batch is extended (its own connection) while the next batch is appended.
  let sealing: Promise<unknown> = Promise.resolve();
  try {
    for await (const { result } of generateProcesses(options.events, seed)) {
      failures += result.failures.length;
      const appends = appendsOf(result, seed);
      for (let start = 0; start < appends.length; ) {
        const batch: BulkAppend[] = [];
        let size = 0;
        while (start < appends.length && size < batchSize) {
          const append = appends[start++] as BulkAppend;
          batch.push(append);
          size += append.events.length;
        }
        done += await appendBulk(database, batch, bulk);
        await sealing;
        sealing = sealPending(database, SEAL_BATCH);
        options.onProgress?.(done, Math.max(done, options.events));
      }
    }
  } finally {
    await sealing;
  }
  await sealUntilCaughtUp(database);
  return { events: done, failures };
};

/** Every generated process, collected (tests; `generateHistory` streams them one at a time). */
export const allProcesses = async (events: number, seed = 1): Promise<GeneratedProcess[]> => {
  const processes: GeneratedProcess[] = [];
  for await (const process of generateProcesses(events, seed)) processes.push(process);
  return processes;
};

export { describeFailures };
