import {
  type AppendFigures,
  type LatencyFigures,
  type ReadAllFigures,
  type Spread,
  spreadOf,
} from './measure.js';

export interface PeerResults {
  readonly label: string;
  /** 1 writer, 1 event per append. */
  readonly single: AppendFigures;
  /** 8 writers, 1 event per append. */
  readonly concurrent: AppendFigures;
  /** 8 writers, 3 events per append. */
  readonly triple: AppendFigures;
  readonly readStream: LatencyFigures;
  readonly readAll: ReadAllFigures;
}

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  readonly postgres: string;
  readonly settings: Readonly<Record<string, string>>;
  /** 1-minute load average before and after the run: other work on the machine skews figures. */
  readonly load: { readonly before: number; readonly after: number };
}

export interface Plan {
  readonly rounds: number;
  readonly writers: number;
  readonly singlePerRound: number;
  readonly concurrentPerRound: number;
  readonly triplePerRound: number;
  readonly streamsPerWriter: number;
  readonly streamLength: number;
  readonly reads: number;
  readonly logSize: number;
  readonly pageSize: number;
  readonly bulkSize: number;
  /** ANALYZE ran in every peer's database before the read phases. */
  readonly analyzed: boolean;
}

interface Target {
  readonly text: string;
  readonly met: boolean;
}

interface Row {
  readonly figure: string;
  readonly values: readonly number[];
  readonly digits: number;
  /** Counts or factors, not speeds: no Fahrplan/Emmett ratio. */
  readonly noRatio?: true;
  readonly target?: Target;
}

const format = (value: number, digits: number): string =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : '—';

const times = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—');

const table = (
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string => {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, column) =>
        right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `|${widths
    .map((width, column) =>
      right[column] ? `${'-'.repeat(width + 1)}:` : `:${'-'.repeat(width + 1)}`,
    )
    .join('|')}|`;
  return [line(headings), rule, ...rows.map(line)].join('\n');
};

/**
 * The figures side by side; peers come as [Fahrplan, Emmett, raw INSERT]. Rates are the median
 * of the rounds; targets are judged on Fahrplan's figures.
 */
export const renderReport = (
  peers: readonly [PeerResults, PeerResults, PeerResults],
  machine: Machine,
  plan: Plan,
  peakRssBytes: number,
  wallSeconds: number,
): string => {
  const [fahrplan, emmett, raw] = peers;
  const median = (spread: Spread) => spread.median;
  const w = plan.writers;
  /** 3-event over 1-event events/s, each round's pair measured back to back: the median. */
  const scaling = (peer: PeerResults) =>
    spreadOf(
      peer.triple.eventsPerSecond.rounds.map(
        (triple, round) => triple / (peer.concurrent.eventsPerSecond.rounds[round] ?? NaN),
      ),
    ).median;
  const vsEmmett =
    median(fahrplan.concurrent.appendsPerSecond) / median(emmett.concurrent.appendsPerSecond);
  const vsRaw =
    median(fahrplan.concurrent.appendsPerSecond) / median(raw.concurrent.appendsPerSecond);
  const readAllRate = median(fahrplan.readAll.eventsPerSecond);

  const rows: Row[] = [
    {
      figure: 'append, 1 writer, 1 event: appends/s',
      values: peers.map((peer) => median(peer.single.appendsPerSecond)),
      digits: 0,
    },
    {
      figure: `append, ${w} writers, 1 event: appends/s`,
      values: peers.map((peer) => median(peer.concurrent.appendsPerSecond)),
      digits: 0,
      target: {
        text: `≥ 1.3× Emmett (${times(vsEmmett)}) and ≥ 0.8× raw (${times(vsRaw)})`,
        met: vsEmmett >= 1.3 && vsRaw >= 0.8,
      },
    },
    {
      figure: `append, ${w} writers, 3 events: appends/s`,
      values: peers.map((peer) => median(peer.triple.appendsPerSecond)),
      digits: 0,
    },
    {
      figure: `append, ${w} writers, 3 events: events/s`,
      values: peers.map((peer) => median(peer.triple.eventsPerSecond)),
      digits: 0,
    },
    {
      figure: '  events/s, 3-event over 1-event appends (per round)',
      values: peers.map(scaling),
      digits: 2,
      noRatio: true,
      // "Scale accordingly": a 3-event append should buy as many more events as it does for
      // plain INSERTs on this machine (the floor), not an absolute factor the disk may not allow.
      target: {
        text: `scales like raw INSERT: ≥ 0.9 × ${times(scaling(raw))} (${times(scaling(fahrplan))})`,
        met: scaling(fahrplan) >= 0.9 * scaling(raw),
      },
    },
    {
      figure: `readStream, ${plan.streamLength} events: p50 ms`,
      values: peers.map((peer) => peer.readStream.p50Ms),
      digits: 2,
    },
    {
      figure: `readStream, ${plan.streamLength} events: p99 ms`,
      values: peers.map((peer) => peer.readStream.p99Ms),
      digits: 2,
    },
    {
      figure: `readAll, ${format(plan.logSize, 0)} events: events/s`,
      values: peers.map((peer) => median(peer.readAll.eventsPerSecond)),
      digits: 0,
      target: {
        text: `> 100,000 events/s (${format(readAllRate, 0)})`,
        met: readAllRate > 100_000,
      },
    },
    {
      figure: '  readAll: events never returned',
      values: peers.map((peer) => peer.readAll.missing),
      digits: 0,
      noRatio: true,
      target: { text: 'gap-free: 0', met: fahrplan.readAll.missing === 0 },
    },
    {
      figure: '  readAll: events returned twice',
      values: peers.map((peer) => peer.readAll.duplicates),
      digits: 0,
      noRatio: true,
      target: { text: '0', met: fahrplan.readAll.duplicates === 0 },
    },
  ];

  const headings = [
    'figure',
    fahrplan.label,
    emmett.label,
    raw.label,
    `${fahrplan.label}/${emmett.label}`,
    'target met? (Fahrplan)',
  ];
  const cells = rows.map((row) => [
    row.figure,
    ...row.values.map((value) => format(value, row.digits)),
    row.noRatio ? '—' : times((row.values[0] ?? NaN) / (row.values[1] ?? NaN)),
    row.target ? `${row.target.met ? 'yes' : 'NO'}: ${row.target.text}` : '—',
  ]);

  const spreads: [string, (peer: PeerResults) => Spread][] = [
    ['append, 1 writer: appends/s', (peer) => peer.single.appendsPerSecond],
    [`append, ${w} writers: appends/s`, (peer) => peer.concurrent.appendsPerSecond],
    [`append, ${w} writers, 3 events: appends/s`, (peer) => peer.triple.appendsPerSecond],
    ['readAll: events/s', (peer) => peer.readAll.eventsPerSecond],
  ];
  const roundCells = spreads.map(([figure, of]) => [
    figure,
    ...peers.map((peer) =>
      of(peer)
        .rounds.map((value) => format(value, 0))
        .join(' / '),
    ),
  ]);
  roundCells.splice(3, 0, [
    '  events/s, 3-event over 1-event',
    ...peers.map((peer) =>
      peer.triple.eventsPerSecond.rounds
        .map((triple, round) =>
          format(triple / (peer.concurrent.eventsPerSecond.rounds[round] ?? NaN), 2),
        )
        .join(' / '),
    ),
  ]);

  const sealing = (figures: AppendFigures) =>
    `${figures.maxSettleSeconds.toFixed(2)} s (round ≈ ${figures.medianSeconds.toFixed(1)} s)`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const settings = Object.entries(machine.settings)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');

  return [
    table(headings, cells, [false, true, true, true, true, false]),
    '',
    `Rates are the median of ${plan.rounds} rounds (higher is better); readStream latencies pool all`,
    `${plan.reads} reads (lower is better: a Fahrplan/Emmett ratio below 1 favours Fahrplan).`,
    '',
    'Each round, first to last:',
    table(['figure', fahrplan.label, emmett.label, raw.label], roundCells, [
      false,
      true,
      true,
      true,
    ]),
    '',
    `Fahrplan: createEventStore defaults (autoSeal on), 10 connections. Its append figures include`,
    `  sealing: the clock stops when store.seal() returns, so every appended event is hash-chained`,
    `  and has its gap-free position. Longest wait in seal() after a round's last append:`,
    `  1 writer ${sealing(fahrplan.single)}; ${w} writers ${sealing(fahrplan.concurrent)}; 3 events ${sealing(fahrplan.triple)}.`,
    `  Filling the log for readAll (${format(fahrplan.readAll.fill.filled, 0)} events, untimed) left ${fahrplan.readAll.fill.settleSeconds.toFixed(2)} s of sealing after its last append.`,
    `Emmett 0.42: getPostgreSQLEventStore defaults (pg pool of 10), appendToStream with`,
    `  expectedStreamVersion; readStream; readAll with its exported readMessagesBatch (what its`,
    `  consumers pull the global log with), pages of ${plan.pageSize}. Its pages follow global_position while`,
    `  it orders by transaction id, so under concurrent appends pages overlap and skip events.`,
    `raw INSERT: postgres.js, one autocommitted INSERT per append (3 events: one 3-row INSERT), no`,
    `  version check; a table with Fahrplan's columns and only a primary key, so readStream is a`,
    `  sequential scan; readAll pages by id.`,
    '',
    `Plan: ${plan.rounds} rounds per phase, peers taking turns; per round 1 writer ${format(plan.singlePerRound, 0)} appends,`,
    `  ${w} writers ${format(plan.concurrentPerRound, 0)} appends, 3-event ${format(plan.triplePerRound, 0)} appends, each after a 5% warm-up, on new`,
    `  streams (each writer round-robins over ${plan.streamsPerWriter} streams of its own); readStream: ${plan.reads} reads of one`,
    `  ${plan.streamLength}-event stream; readAll: the log topped up to ${format(plan.logSize, 0)} events with ${plan.bulkSize}-event appends,`,
    `  read whole in pages of ${format(plan.pageSize, 0)}. Each peer in a fresh database on the same server;`,
    plan.analyzed
      ? '  ANALYZE in each before the read phases, as auto-analyze would (BENCH_ANALYZE=0: without).'
      : '  no ANALYZE before the read phases (BENCH_ANALYZE=0): plans rest on default estimates.',
    '',
    `Peak RSS of the bench process: ${mb(peakRssBytes)} (the three peers' clients in one process).`,
    `Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, PostgreSQL ${machine.postgres}`,
    `  (${settings}).`,
    `Load average (1 min): ${machine.load.before.toFixed(2)} before the run, ${machine.load.after.toFixed(2)} at its end (the bench`,
    `  itself keeps about 2 busy); a high figure before the run means other work skewed it. Whole run: ${wallSeconds.toFixed(0)} s.`,
  ].join('\n');
};
