import { parseArgs } from 'node:util';
import { createKeyFile, loadSigningKey, SigningKeyError } from '../../checkpoints/index.js';
import { publicKeyDocument } from '../../checkpoints/public-key.js';
import type { CliCommand } from '../command.js';

export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'The Ed25519 signing key: create a new key file, or show the public key.',
  usage: [
    'pnpm fahrplan keys create [--out <file>]   (default: FAHRPLAN_SIGNING_KEY_FILE or ./fahrplan-signing-key.pem)',
    '       pnpm fahrplan keys show',
  ].join('\n'),
  run: async (args, { config, out, err }) => {
    const [action, ...rest] = args;
    const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
    try {
      if (action === 'create') {
        const path = values.out ?? config.signing.keyFile;
        const key = createKeyFile(path);
        out(`Signing key ${key.keyId} written to ${path} (readable by its owner only).`);
        out('Keep it outside the database and its backups; the API reads it from');
        out('FAHRPLAN_SIGNING_KEY_FILE (or the PEM itself from FAHRPLAN_SIGNING_KEY).');
        out(`Public key (base64): ${key.publicKeyBase64}`);
        return 0;
      }
      if (action === 'show') {
        const key = loadSigningKey(config.signing);
        if (!key) {
          err('No signing key configured (pnpm fahrplan keys create).');
          return 2;
        }
        out(JSON.stringify(publicKeyDocument(key), null, 2));
        return 0;
      }
    } catch (error) {
      if (!(error instanceof SigningKeyError)) throw error;
      err(error.message);
      return 2;
    }
    err(`Usage: ${keysCommand.usage}`);
    return 2;
  },
};
