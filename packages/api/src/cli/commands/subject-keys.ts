import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportSubjectKeys } from '../../privacy/key-store-backup.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

export const subjectKeysCommand: CliCommand = {
  name: 'subject-keys',
  summary:
    'Back up the key store of personal data (keep it apart from event exports; renew after each erasure).',
  usage: 'pnpm fahrplan subject-keys export --out subject-keys.json',
  run: (args, { config, out, err }) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string' } },
    });
    if (positionals[0] !== 'export' || !values.out) {
      err('Usage: pnpm fahrplan subject-keys export --out subject-keys.json');
      return Promise.resolve(2);
    }
    const file = values.out;
    return withStore(config, async (_store, database) => {
      const backup = await exportSubjectKeys(database);
      // Owner-only: the file opens every subject's personal data in the event exports.
      await writeFile(file, `${JSON.stringify(backup, null, 2)}\n`, { mode: 0o600 });
      const erased = backup.subjects.filter((subject) => subject.key === null).length;
      out(
        `Wrote the keys of ${backup.subjects.length - erased} subjects and ${erased} erasures to ${file}; earlier copies of this file should be destroyed.`,
      );
      return 0;
    });
  },
};
