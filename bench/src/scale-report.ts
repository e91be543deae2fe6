import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt } from './load.js';
import type { Row } from './reads.js';

/** One at-scale run as saved beside the table, so a later run can show its figures next to its own. */
export interface ScaleRun {
  readonly events: number;
  readonly quick: boolean;
  /** When, on what, and the load average: the line under the table's heading. */
  readonly measured: string;
  readonly rows: readonly Row[];
}

const QUICK_EVENTS = 10_000;

const runFile = (results: string, events: number) => join(results, `scale-${events}.json`);

const cell = (row: Row | undefined) =>
  row ? [row.fahrplan, row.ratio && `(${row.ratio})`].filter(Boolean).join(' ') : '';

/**
 * The table of one run; a run larger than the quick size also shows the last quick run's figure
 * of each row (the same phases in the same order), so growth from 10,000 events is visible.
 */
export const renderScaleReport = (run: ScaleRun, smaller?: ScaleRun) => {
  const beside = smaller && smaller.rows.length === run.rows.length ? smaller : undefined;
  const header = beside
    ? [
        '| path | Fahrplan | peer | ratio | target met? | at 10,000 events |',
        '|---|---|---|---|---|---|',
      ]
    : ['| path | Fahrplan | peer | ratio | target met? |', '|---|---|---|---|---|'];
  return [
    `# Fahrplan at scale (${run.quick ? 'quick, ' : ''}${fmt(run.events)} events)`,
    '',
    run.measured,
    ...(beside ? ['', `The last column: the quick run, ${beside.measured}`] : []),
    '',
    ...header,
    ...run.rows.map(
      (row, index) =>
        `| ${row.path} | ${row.fahrplan} | ${row.peer ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} |${
          beside ? ` ${cell(beside.rows[index])} |` : ''
        }`,
    ),
    '',
  ].join('\n');
};

/**
 * Saves the run as `scale-<events>.json` and writes `latest.md` (the full run's table) or
 * `quick.md`; returns the table.
 */
export const saveScaleRun = (results: string, run: ScaleRun) => {
  mkdirSync(results, { recursive: true });
  writeFileSync(runFile(results, run.events), `${JSON.stringify(run, null, 2)}\n`);
  const quickFile = runFile(results, QUICK_EVENTS);
  const smaller =
    run.events > QUICK_EVENTS && existsSync(quickFile)
      ? (JSON.parse(readFileSync(quickFile, 'utf8')) as ScaleRun)
      : undefined;
  const report = renderScaleReport(run, smaller);
  writeFileSync(join(results, run.quick ? 'quick.md' : 'latest.md'), report);
  return report;
};
