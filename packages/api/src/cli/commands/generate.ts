import { parseArgs } from 'node:util';
import { eventMacKeyOf } from '../../checkpoints/index.js';
import { generateHistory } from '../../generate/generate.js';
import type { CliCommand } from '../command.js';
import { withEmptyStore } from '../open-store.js';
import { createProgress } from '../progress.js';

const positive = (value: string | undefined, fallback: number): number | undefined => {
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll('_', ''));
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
};

export const generateCommand: CliCommand = {
  name: 'generate',
  summary:
    'Generate a realistic, reproducible history (2016–2030) through the domain into an empty database.',
  usage: 'pnpm fahrplan generate --events 1000000 [--seed 1] [--batch 4000]',
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({
      args: [...args],
      options: {
        events: { type: 'string' },
        seed: { type: 'string' },
        batch: { type: 'string' },
      },
    });
    const events = positive(values.events, 0);
    const seed = positive(values.seed, 1);
    const batchSize = positive(values.batch, 4000);
    if (!events || !seed || !batchSize) {
      err('Give the number of events (and optionally a seed): pnpm fahrplan generate --events N');
      return Promise.resolve(2);
    }
    return withEmptyStore(
      config,
      err,
      'a history is generated only into an empty one.',
      async (database, signingKey) => {
        const progress = createProgress('generate');
        const started = Date.now();
        const result = await generateHistory(database, {
          events,
          seed,
          batchSize,
          ...(signingKey ? { eventMacKey: eventMacKeyOf(signingKey) } : {}),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.done(result.events, result.events);
        const seconds = (Date.now() - started) / 1000;
        out(
          `Generated ${result.events} events (seed ${seed}) in ${seconds.toFixed(1)} s: ${Math.round(result.events / seconds)} events/s.`,
        );
        if (result.failures > 0) {
          err(`${result.failures} generated commands were refused by the domain and left out.`);
        }
        return 0;
      },
    );
  },
};
