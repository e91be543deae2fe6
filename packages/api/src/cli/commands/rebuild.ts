import { rebuildProjections } from '../../projections/rebuild.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  summary: 'Rebuild every read model (lists, versions, provenance) from the events.',
  usage: 'pnpm fahrplan rebuild',
  run: (_args, { config, out }) =>
    withStore(config, async (store, database) => {
      await store.seal();
      const progress = createProgress('rebuild');
      const done = await rebuildProjections(database, {
        onProgress: (count, total) => progress.update(count, total),
      });
      progress.done(done, done);
      out(`Rebuilt the read models from ${done} events.`);
      return 0;
    }),
};
