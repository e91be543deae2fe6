import { parseArgs } from 'node:util';
import { compose, systemClock } from '../../composition.js';
import { seedDemo } from '../../seed/demo.js';
import type { CliCommand } from '../command.js';
import { withEmptyStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary:
    'Seed the StrategieWerkstatt demo (2016 workshops → adopted measure) into an empty database.',
  usage: 'pnpm fahrplan seed --demo',
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({ args: [...args], options: { demo: { type: 'boolean' } } });
    if (!values.demo) {
      err('Only the demo can be seeded: pnpm fahrplan seed --demo');
      return Promise.resolve(2);
    }
    return withEmptyStore(
      config,
      err,
      'the demo goes only into an empty one.',
      async (database, signingKey) => {
        const { execute, store } = compose(database, {
          timeZone: config.timeZone,
          ...(signingKey ? { signingKey } : {}),
        });
        const progress = createProgress('seed');
        const steps = await seedDemo(database, execute, {
          now: systemClock.now(),
          timeZone: config.timeZone,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.done(steps, steps);
        await store.close();
        out(`Seeded the demo: ${steps} commands.`);
        return 0;
      },
    );
  },
};
