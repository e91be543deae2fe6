import { randomUUID } from 'node:crypto';
import { commandEvents } from './events.js';
import type { Peer } from './peers/peer.js';
import { progress } from './progress.js';

/** Stream ids in the `<Type>-<id>` form both stores derive the stream type from. */
export const newStreamId = (type = 'Suggestion'): string => `${type}-${randomUUID()}`;

/** A figure measured in several rounds: the median is what the report compares. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: readonly number[];
}

export const spreadOf = (rounds: readonly number[]): Spread => {
  const sorted = [...rounds].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, rounds };
};

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

// ---------------------------------------------------------------------------------------------
// Appends

export interface AppendPlan {
  readonly writers: number;
  /** Appends per writer before the clock starts (not counted). */
  readonly warmupPerWriter: number;
  /** Timed appends per writer. */
  readonly appendsPerWriter: number;
  readonly eventsPerAppend: number;
  /** Each writer round-robins over streams of its own: no two writers ever conflict. */
  readonly streamsPerWriter: number;
}

export interface AppendRound {
  readonly appends: number;
  readonly events: number;
  /** From the first timed append until everything is settled (Fahrplan: sealed). */
  readonly seconds: number;
  /** The part of `seconds` spent in `settle()` after the last append returned. */
  readonly settleSeconds: number;
  readonly appendsPerSecond: number;
  readonly eventsPerSecond: number;
  /** Events written, warm-up included: they stay in the log. */
  readonly written: number;
}

interface Stream {
  readonly id: string;
  version: number;
}

/**
 * `writers` concurrent loops; each appends one command's events at a time to its own streams,
 * passing the version it last got back as the expected version. The clock runs from the first
 * timed append until `settle()` returns.
 */
export const measureAppends = async (
  peer: Peer,
  plan: AppendPlan,
  label: string,
): Promise<AppendRound> => {
  const events = commandEvents(plan.eventsPerAppend);
  const writers = Array.from({ length: plan.writers }, () =>
    Array.from(
      { length: plan.streamsPerWriter },
      (): Stream => ({ id: newStreamId(), version: 0 }),
    ),
  );
  const run = async (appendsPerWriter: number, onAppend: () => void) => {
    await Promise.all(
      writers.map(async (streams) => {
        for (let index = 0; index < appendsPerWriter; index++) {
          const stream = streams[index % streams.length] as Stream;
          const version = await peer.append(stream.id, events, stream.version);
          if (version !== stream.version + events.length) {
            throw new Error(
              `${stream.id}: expected version ${stream.version + events.length} after the append, got ${version}`,
            );
          }
          stream.version = version;
          onAppend();
        }
      }),
    );
  };

  await run(plan.warmupPerWriter, () => {});
  await peer.settle();

  const total = plan.writers * plan.appendsPerWriter;
  const bar = progress(label, total);
  let done = 0;
  const started = performance.now();
  await run(plan.appendsPerWriter, () => bar.update(++done));
  const appended = performance.now();
  await peer.settle();
  const settled = performance.now();
  const seconds = (settled - started) / 1000;
  const settleSeconds = (settled - appended) / 1000;
  bar.finish(
    `${Math.round(total / seconds)} appends/s${settleSeconds >= 0.01 ? `, ${settleSeconds.toFixed(2)} s settling` : ''}`,
  );
  return {
    appends: total,
    events: total * plan.eventsPerAppend,
    seconds,
    settleSeconds,
    appendsPerSecond: total / seconds,
    eventsPerSecond: (total * plan.eventsPerAppend) / seconds,
    written: (plan.warmupPerWriter + plan.appendsPerWriter) * plan.writers * plan.eventsPerAppend,
  };
};

export interface AppendFigures {
  readonly appendsPerSecond: Spread;
  readonly eventsPerSecond: Spread;
  /** The longest settle tail of any round. */
  readonly maxSettleSeconds: number;
  readonly medianSeconds: number;
  readonly written: number;
}

export const summarizeAppends = (rounds: readonly AppendRound[]): AppendFigures => ({
  appendsPerSecond: spreadOf(rounds.map((round) => round.appendsPerSecond)),
  eventsPerSecond: spreadOf(rounds.map((round) => round.eventsPerSecond)),
  maxSettleSeconds: Math.max(...rounds.map((round) => round.settleSeconds)),
  medianSeconds: spreadOf(rounds.map((round) => round.seconds)).median,
  written: rounds.reduce((sum, round) => sum + round.written, 0),
});

// ---------------------------------------------------------------------------------------------
// readStream

/** Builds a stream one event per append (untimed) and settles it; returns its id. */
export const writeStream = async (peer: Peer, length: number): Promise<string> => {
  const streamId = newStreamId();
  for (let version = 0; version < length; version++) {
    await peer.append(streamId, commandEvents(1, version), version);
  }
  await peer.settle();
  return streamId;
};

/** Reads the stream whole `reads` times, one read at a time; returns each read's milliseconds. */
export const timeReadStream = async (
  peer: Peer,
  stream: { id: string; length: number },
  plan: { warmupReads: number; reads: number },
  label: string,
): Promise<number[]> => {
  const read = async () => {
    const count = await peer.readStream(stream.id);
    if (count !== stream.length) {
      throw new Error(`${stream.id}: read ${count} events, expected ${stream.length}`);
    }
  };
  for (let index = 0; index < plan.warmupReads; index++) await read();
  const bar = progress(label, plan.reads);
  const samples: number[] = [];
  for (let index = 0; index < plan.reads; index++) {
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
    bar.update(index + 1);
  }
  bar.finish();
  return samples;
};

export interface LatencyFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly reads: number;
}

export const summarizeLatency = (samples: readonly number[]): LatencyFigures => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), reads: sorted.length };
};

// ---------------------------------------------------------------------------------------------
// readAll

export interface FillResult {
  /** Events written to bring the log up to size (untimed). */
  readonly filled: number;
  /** The log's size afterwards. */
  readonly logSize: number;
  /** Settling the fill after its last append (Fahrplan: sealing it), untimed. */
  readonly settleSeconds: number;
}

/** Tops the log up to `logSize` events with bulk appends, `writers` at a time, and settles. */
export const fillLog = async (
  peer: Peer,
  plan: { logSize: number; alreadyWritten: number; bulkSize: number; writers: number },
  label: string,
): Promise<FillResult> => {
  const toFill = Math.max(0, plan.logSize - plan.alreadyWritten);
  const bulks: number[] = [];
  for (let left = toFill; left > 0; left -= plan.bulkSize) {
    bulks.push(Math.min(left, plan.bulkSize));
  }
  const bar = progress(label, toFill);
  let filled = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: plan.writers }, async () => {
      while (next < bulks.length) {
        const size = bulks[next++] as number;
        await peer.append(newStreamId('Import'), commandEvents(size), 0);
        filled += size;
        bar.update(filled);
      }
    }),
  );
  const started = performance.now();
  await peer.settle();
  const settleSeconds = (performance.now() - started) / 1000;
  bar.finish(settleSeconds >= 0.01 ? `settled in ${settleSeconds.toFixed(2)} s` : undefined);
  return { filled, logSize: plan.alreadyWritten + toFill, settleSeconds };
};

export interface ReadAllRound {
  /** Events returned, duplicates included. */
  readonly events: number;
  /** Events in the log the reader never got. */
  readonly missing: number;
  /** Extra copies of events the reader got more than once. */
  readonly duplicates: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

/** Times reading the whole log from the start in pages of `pageSize`. */
export const timeReadAll = async (
  peer: Peer,
  plan: { logSize: number; pageSize: number },
  label: string,
): Promise<ReadAllRound> => {
  const bar = progress(label, plan.logSize);
  const started = performance.now();
  const read = await peer.readAll(plan.pageSize, (soFar) => bar.update(soFar));
  const seconds = (performance.now() - started) / 1000;
  const distinct = new Set(read).size;
  const missing = plan.logSize - distinct;
  const duplicates = read.length - distinct;
  const rate = read.length / seconds;
  bar.finish(
    `${Math.round(rate)} events/s${missing || duplicates ? `; ${missing} events missing, ${duplicates} read twice` : ''}`,
  );
  return { events: read.length, missing, duplicates, seconds, eventsPerSecond: rate };
};

export interface ReadAllFigures {
  readonly eventsPerSecond: Spread;
  /** The worst round. */
  readonly missing: number;
  readonly duplicates: number;
  readonly fill: FillResult;
}

export const summarizeReadAll = (
  rounds: readonly ReadAllRound[],
  fill: FillResult,
): ReadAllFigures => ({
  eventsPerSecond: spreadOf(rounds.map((round) => round.eventsPerSecond)),
  missing: Math.max(...rounds.map((round) => round.missing)),
  duplicates: Math.max(...rounds.map((round) => round.duplicates)),
  fill,
});
