import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations (also done at every start).',
  usage: 'pnpm fahrplan migrate',
  run: async (_args, { config, out }) => {
    await withStore(config, async () => {});
    const where = config.database.kind === 'pglite' ? config.database.dataDir : 'PostgreSQL';
    out(`Migrations applied (${where}).`);
    return 0;
  },
};
