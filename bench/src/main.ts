import { cpus, loadavg } from 'node:os';
import { databaseUrl, openServer } from './config.js';
import {
  type AppendPlan,
  type AppendRound,
  type FillResult,
  fillLog,
  measureAppends,
  type ReadAllRound,
  summarizeAppends,
  summarizeLatency,
  summarizeReadAll,
  timeReadAll,
  timeReadStream,
  writeStream,
} from './measure.js';
import { emmett } from './peers/emmett.js';
import { fahrplan } from './peers/fahrplan.js';
import type { Peer, PeerDefinition } from './peers/peer.js';
import { rawInsert } from './peers/raw-insert.js';
import { status } from './progress.js';
import { type PeerResults, type Plan, renderReport } from './report.js';

/** BENCH_SCALE (default 1) shrinks or grows the append phases, e.g. 0.1 for a smoke run. */
const scale = Number(process.env.BENCH_SCALE ?? 1);
if (!(scale > 0)) {
  throw new Error(`BENCH_SCALE must be a positive number, got ${process.env.BENCH_SCALE}`);
}
const perWriter = (appendsPerRound: number, writers: number) =>
  Math.max(1, Math.round((appendsPerRound * scale) / writers));

/**
 * BENCH_ANALYZE=0 skips the ANALYZE before the read phases. With autovacuum off (as on the
 * bench machine) fresh tables never get statistics, and plans are chosen on guesses.
 */
const analyze = process.env.BENCH_ANALYZE !== '0';

const WRITERS = 8;
const ROUNDS = 3;
const plan: Plan = {
  rounds: ROUNDS,
  writers: WRITERS,
  singlePerRound: perWriter(1_500, 1),
  concurrentPerRound: perWriter(6_000, WRITERS) * WRITERS,
  triplePerRound: perWriter(3_000, WRITERS) * WRITERS,
  streamsPerWriter: 10,
  streamLength: 100,
  reads: 200,
  logSize: 100_000,
  pageSize: 1_000,
  bulkSize: 100,
  analyzed: analyze,
};

const appendPlan = (writers: number, appendsPerRound: number, eventsPerAppend: number) => {
  const appendsPerWriter = appendsPerRound / writers;
  return {
    writers,
    // Connections opened, statements prepared, code warm; a new set of streams every round.
    warmupPerWriter: Math.max(5, Math.round(appendsPerWriter / 20)),
    appendsPerWriter,
    eventsPerAppend,
    streamsPerWriter: plan.streamsPerWriter,
  } satisfies AppendPlan;
};

interface Contender {
  readonly definition: PeerDefinition;
  readonly peer: Peer;
  readonly url: string;
  /** Events in its log so far. */
  written: number;
}

/**
 * Runs a phase in rounds, the peers taking turns (the order rotates every round), so that drift
 * on the machine (checkpoints, noisy neighbours) hits all of them alike.
 */
const inRounds = async <T>(
  contenders: readonly Contender[],
  run: (contender: Contender, round: number) => Promise<T>,
): Promise<Map<Contender, T[]>> => {
  const results = new Map<Contender, T[]>(contenders.map((contender) => [contender, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const contender = contenders[(turn + round) % contenders.length] as Contender;
      results.get(contender)?.push(await run(contender, round));
    }
  }
  return results;
};

/** A peer's entry in a phase's results. */
const of = <T>(map: ReadonlyMap<Contender, T>, contender: Contender): T => {
  const value = map.get(contender);
  if (value === undefined) throw new Error(`${contender.definition.label} skipped a phase`);
  return value;
};

const label = (contender: Contender, phase: string, round?: number) =>
  `[${contender.definition.label}] ${phase}${round === undefined ? '' : ` · round ${round + 1}/${ROUNDS}`}`;

const main = async () => {
  const started = performance.now();
  const [loadBefore = 0] = loadavg();
  const url = databaseUrl();
  const server = openServer(url);
  const contenders: Contender[] = [];
  const databases = new Set<string>();
  const cleanUp = async () => {
    const failures: unknown[] = [];
    for (const contender of contenders.splice(0)) {
      await contender.peer.close().catch((error: unknown) => failures.push(error));
    }
    for (const name of [...databases]) {
      databases.delete(name);
      await server.dropDatabase(name).catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw new AggregateError(failures, 'cleaning up failed');
  };
  process.once('SIGINT', () => {
    status('\ninterrupted: dropping the bench databases');
    void cleanUp()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(130));
  });

  try {
    const info = await server.info();
    for (const definition of [fahrplan, emmett, rawInsert]) {
      const database = await server.createDatabase(definition.id);
      databases.add(database.name);
      status(`[${definition.label}] fresh database ${database.name}`);
      const peer = await definition.open(database.url);
      contenders.push({
        definition,
        peer,
        url: database.url,
        written: 0,
      });
    }

    /**
     * One phase, several kinds of append measured back to back in each turn: figures compared
     * with each other (3-event against 1-event) come from the same minute of the machine's life.
     */
    const appendPhase = async (kinds: readonly { name: string; plan: AppendPlan }[]) => {
      await server.checkpoint();
      const rounds = await inRounds(contenders, async (contender, round) => {
        const figures: AppendRound[] = [];
        for (const kind of kinds) {
          const measured = await measureAppends(
            contender.peer,
            kind.plan,
            label(contender, kind.name, round),
          );
          contender.written += measured.written;
          figures.push(measured);
        }
        return figures;
      });
      return kinds.map(
        (_, index) =>
          new Map(
            [...rounds].map(([contender, list]) => [
              contender,
              summarizeAppends(list.map((figures) => figures[index] as AppendRound)),
            ]),
          ),
      );
    };

    const [single] = await appendPhase([
      { name: 'append, 1 writer', plan: appendPlan(1, plan.singlePerRound, 1) },
    ]);
    const [concurrent, triple] = await appendPhase([
      {
        name: `append, ${WRITERS} writers`,
        plan: appendPlan(WRITERS, plan.concurrentPerRound, 1),
      },
      {
        name: `append, ${WRITERS} writers, 3 events each`,
        plan: appendPlan(WRITERS, plan.triplePerRound, 3),
      },
    ]);
    if (!single || !concurrent || !triple) throw new Error('an append phase was skipped');

    const prepareReads = async () => {
      if (analyze) {
        for (const contender of contenders) await server.analyze(contender.url);
      }
      await server.checkpoint();
    };

    const streams = new Map<Contender, string>();
    for (const contender of contenders) {
      status(`${label(contender, 'readStream')}: writing a ${plan.streamLength}-event stream`);
      streams.set(contender, await writeStream(contender.peer, plan.streamLength));
      contender.written += plan.streamLength;
    }
    await prepareReads();
    const readsIn = (round: number) =>
      Math.floor((plan.reads * (round + 1)) / ROUNDS) - Math.floor((plan.reads * round) / ROUNDS);
    const latencies = await inRounds(contenders, (contender, round) =>
      timeReadStream(
        contender.peer,
        { id: of(streams, contender), length: plan.streamLength },
        { warmupReads: round === 0 ? 20 : 5, reads: readsIn(round) },
        label(contender, 'readStream', round),
      ),
    );

    const fills = new Map<Contender, FillResult>();
    for (const contender of contenders) {
      fills.set(
        contender,
        await fillLog(
          contender.peer,
          {
            logSize: plan.logSize,
            alreadyWritten: contender.written,
            bulkSize: plan.bulkSize,
            writers: WRITERS,
          },
          label(contender, `readAll: filling the log to ${plan.logSize} events`),
        ),
      );
    }
    await prepareReads();
    const reads = await inRounds<ReadAllRound>(contenders, (contender, round) =>
      timeReadAll(
        contender.peer,
        { logSize: of(fills, contender).logSize, pageSize: plan.pageSize },
        label(contender, 'readAll', round),
      ),
    );

    const results = contenders.map((contender): PeerResults => {
      const pick = <T>(map: Map<Contender, T>): T => of(map, contender);
      return {
        label: contender.definition.label,
        single: pick(single),
        concurrent: pick(concurrent),
        triple: pick(triple),
        readStream: summarizeLatency(pick(latencies).flat()),
        readAll: summarizeReadAll(pick(reads), pick(fills)),
      };
    });
    const [first, second, third] = results;
    if (!first || !second || !third) throw new Error('a peer produced no results');
    await cleanUp();

    const cpu = cpus();
    const report = renderReport(
      [first, second, third],
      {
        cores: cpu.length,
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        node: process.version,
        postgres: info.version,
        settings: info.settings,
        load: { before: loadBefore, after: loadavg()[0] ?? 0 },
      },
      plan,
      process.resourceUsage().maxRSS * 1024,
      (performance.now() - started) / 1000,
    );
    process.stdout.write(`\n${report}\n`);
  } finally {
    await cleanUp();
    await server.close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
