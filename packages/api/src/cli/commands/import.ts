import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ImportError, importEvents } from '../../event-store/index.js';
import { rebuildProjections } from '../../projections/rebuild.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Restore an ndjson export into an empty database, checking every hash; then verify.',
  usage: 'pnpm fahrplan import <events.ndjson>   (or - for stdin)',
  run: (args, { config, out, err }) => {
    const [file] = args;
    if (!file) {
      err('Name the file to import (or - for stdin).');
      return Promise.resolve(2);
    }
    return withStore(config, async (store, database) => {
      const input = file === '-' ? process.stdin : createReadStream(file);
      const progress = createProgress('import');
      try {
        const result = await importEvents(
          database,
          createInterface({ input, crlfDelay: Infinity }),
          {
            onProgress: (count) => progress.update(count),
          },
        );
        progress.done(result.imported);
        await rebuildProjections(database);
        const verified = await store.verify();
        if (!verified.ok) {
          err(`Imported, but verification failed: ${verified.finding?.message}`);
          return 1;
        }
        out(`Imported ${result.imported} events; verified, head ${verified.headHash}`);
        return 0;
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        err(`Import refused, nothing written: ${error.message}`);
        return 1;
      }
    });
  },
};
