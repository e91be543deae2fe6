import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { exportEvents } from '../../event-store/index.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the event log with its hashes as ndjson (a backup `import` restores).',
  usage: 'pnpm fahrplan export --format ndjson [--out events.ndjson]   (default: stdout)',
  run: (args, { config, err }) => {
    const { values } = parseArgs({
      args: [...args],
      options: { format: { type: 'string', default: 'ndjson' }, out: { type: 'string' } },
    });
    if (values.format !== 'ndjson') {
      err(`Unknown format "${values.format}": only ndjson is supported.`);
      return Promise.resolve(2);
    }
    return withStore(config, async (store, database) => {
      await store.seal();
      const target: Writable = values.out ? createWriteStream(values.out) : process.stdout;
      const progress = createProgress('export');
      let count = 0;
      for await (const event of exportEvents(database)) {
        if (!target.write(`${JSON.stringify(event)}\n`)) {
          await once(target, 'drain');
        }
        count += 1;
        if (count % 500 === 0) progress.update(count);
      }
      if (values.out) {
        target.end();
        await once(target, 'finish');
      }
      progress.done(count);
      return 0;
    });
  },
};
