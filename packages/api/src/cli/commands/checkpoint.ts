import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDomainError } from '@fahrplan/domain';
import { createCheckpointService, type StoredCheckpoint } from '../../checkpoints/index.js';
import { systemClock } from '../../composition.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

/** The checkpoint file: what `verify --checkpoint <file>` and any verifier read back. */
const fileOf = (checkpoint: StoredCheckpoint): string => {
  const { position, hash, signedAt, keyId, signature } = checkpoint;
  return `${JSON.stringify({ position, hash, signedAt, keyId, signature }, null, 2)}\n`;
};

export const checkpointCommand: CliCommand = {
  name: 'checkpoint',
  summary: 'Sign the chain head now and print the checkpoint (JSON); --out writes it to a file.',
  usage: 'pnpm fahrplan checkpoint [--out <file>]',
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({ args: [...args], options: { out: { type: 'string' } } });
    return withStore(config, async (store, database, signingKey) => {
      if (!signingKey) {
        err('No signing key configured (pnpm fahrplan keys create).');
        return 2;
      }
      const service = createCheckpointService(database, store, signingKey);
      try {
        const checkpoint = await service.sign(systemClock.now());
        const text = fileOf(checkpoint);
        if (values.out) {
          writeFileSync(values.out, text);
          out(`Checkpoint ${checkpoint.position}:${checkpoint.hash} written to ${values.out}.`);
        } else {
          out(text.trimEnd());
        }
        return 0;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        err(error.messages.en);
        return error.code === 'CONFLICT' ? 1 : 2;
      }
    });
  },
};
