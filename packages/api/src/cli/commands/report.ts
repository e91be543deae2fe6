import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCheckpointService } from '../../checkpoints/index.js';
import { systemClock } from '../../composition.js';
import { type Refusal, scopeOf } from '../../http/scope-params.js';
import { progressReport, type ReportStep } from '../../reports/progress-report.js';
import { reportMomentsOf } from '../../reports/report-moments.js';
import { PUBLIC_ONLY, type ReadScope } from '../../visibility/rules.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

const STEPS: Readonly<Record<ReportStep, string>> = {
  receipt: 'Signing the checkpoint of the chain head (the receipt)…',
  content: 'Reading measures, milestones, provenance and changes…',
  pdf: 'Laying out the PDF…',
};

/** The HTTP parameters' names as options. */
const PARAMETERS: Readonly<Record<string, string>> = {
  asOf: 'as-of',
  since: 'since',
  process: 'process',
  actionField: 'action-field',
};

/** The same report as `GET /berichte/fortschritt.pdf`, as the team sees it (or `--public`). */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write the progress report (Fortschrittsbericht) as PDF, with its signed receipt.',
  usage:
    'pnpm fahrplan report --out <file.pdf> --origin <https://fahrplan.example> [--process <slug>] [--action-field <id>] [--as-of <date>] [--since <date>] [--language de|en] [--public]',
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        origin: { type: 'string' },
        process: { type: 'string' },
        'action-field': { type: 'string' },
        'as-of': { type: 'string' },
        since: { type: 'string' },
        language: { type: 'string', default: 'de' },
        public: { type: 'boolean', default: false },
      },
    });
    const { out: file, origin, language } = values;
    if (!file || !origin || !URL.canParse(origin) || (language !== 'de' && language !== 'en')) {
      err(`Usage: ${reportCommand.usage}`);
      return Promise.resolve(2);
    }
    return withStore(config, async (store, database, signingKey) => {
      const now = systemClock.now();
      const moments = reportMomentsOf(
        { asOf: values['as-of'], since: values.since },
        now,
        config.timeZone,
      );
      const refused = (refusal: Refusal) => {
        err(`--${PARAMETERS[refusal.field] ?? refusal.field}: ${refusal.message.en}`);
        return 2;
      };
      if ('status' in moments) return refused(moments);
      // --public: what partners read; else everything, as the operator may.
      const reads: ReadScope = values.public ? PUBLIC_ONLY : 'all';
      const scope = await scopeOf(database, values.process, values['action-field'], reads);
      if ('status' in scope) return refused(scope);
      const checkpoints = createCheckpointService(database, store, signingKey);
      const pdf = await progressReport(
        database,
        checkpoints,
        {
          scope,
          moments,
          reads,
          locale: language,
          origin: new URL(origin).origin,
          timeZone: config.timeZone,
          now,
        },
        (step) => err(STEPS[step]),
      );
      writeFileSync(file, pdf);
      out(`Report written to ${file} (${Math.round(pdf.length / 1024)} KiB).`);
      return 0;
    });
  },
};
