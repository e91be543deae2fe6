import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Caller } from '../../auth/caller.js';
import { eventMacKeyOf } from '../../checkpoints/index.js';
import { systemClock } from '../../composition.js';
import { importSheet } from '../../sheets/import-sheet.js';
import { previewLines } from '../../sheets/preview-lines.js';
import { SheetError } from '../../sheets/sheet-error.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

/** The operator imports as the project team would, installation-wide. */
const CLI_CALLER: Caller = {
  actor: 'cli',
  role: 'team',
  grants: [{ role: 'team', processId: null }],
};

/** The same import as the web app's: a preview, then all rows or none. */
export const importSheetCommand: CliCommand = {
  name: 'import-sheet',
  summary:
    'Import suggestions of a meeting (or measures’ progress, or indicator values for a cycle) from an .xlsx or .csv file; --dry-run shows the preview only.',
  usage:
    'pnpm fahrplan import-sheet <file.xlsx|file.csv> (--meeting <id> | --measures | --cycle <id>) [--dry-run]',
  run: async (args, { config, out, err }) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        meeting: { type: 'string' },
        measures: { type: 'boolean', default: false },
        cycle: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
    const [path] = positionals;
    const targets = [values.meeting !== undefined, values.measures, values.cycle !== undefined];
    if (!path || targets.filter(Boolean).length !== 1) {
      err(`Usage: ${importSheetCommand.usage}`);
      return 2;
    }
    let file: Buffer;
    try {
      file = await readFile(path);
    } catch {
      err(`Cannot read ${path}.`);
      return 2;
    }
    return withStore(config, async (_store, database, signingKey) => {
      const progress = createProgress(values['dry-run'] ? 'prüfen / checking' : 'import');
      try {
        const result = await importSheet(database, file, {
          target: values.meeting
            ? { kind: 'suggestions', meetingId: values.meeting }
            : values.cycle
              ? { kind: 'indicator-values', cycleId: values.cycle }
              : { kind: 'measures' },
          caller: CLI_CALLER,
          now: systemClock.now(),
          timeZone: config.timeZone,
          dryRun: values['dry-run'],
          correlationId: `sheet-${createHash('sha256').update(file).digest('hex').slice(0, 32)}`,
          onProgress: (done, total) => progress.update(done, total),
          ...(signingKey ? { eventMacKey: eventMacKeyOf(signingKey) } : {}),
        });
        const total = result.preview.rows.length;
        progress.done(total, total);
        for (const line of previewLines(result.preview)) out(line);
        if (!result.preview.ok) {
          err(
            'Nichts übernommen: bitte die Fehler beheben. / Nothing imported: please fix the errors.',
          );
          return 1;
        }
        out(
          values['dry-run']
            ? 'Probelauf: nichts geschrieben. / Dry run: nothing written.'
            : `${result.written} Ereignisse geschrieben. / ${result.written} events written.`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof SheetError)) throw error;
        err(`Nichts übernommen / nothing imported: ${error.messages.de} / ${error.messages.en}`);
        return 1;
      }
    });
  },
};
