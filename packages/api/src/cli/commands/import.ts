import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ImportError, importEvents } from '../../event-store/index.js';
import {
  parseSubjectKeyBackup,
  type SubjectKeyBackup,
  SubjectKeyBackupError,
} from '../../privacy/key-store-backup.js';
import { rebuildProjections } from '../../projections/rebuild.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Restore an ndjson export into an empty database, checking every hash; then verify.',
  usage:
    'pnpm fahrplan import <events.ndjson> [--subject-keys subject-keys.json]   (or - for stdin)',
  run: async (args, { config, out, err }) => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { 'subject-keys': { type: 'string' } },
    });
    const [file] = positionals;
    if (!file) {
      err('Name the file to import (or - for stdin).');
      return 2;
    }
    let subjectKeys: SubjectKeyBackup | undefined;
    const keysFile = values['subject-keys'];
    if (keysFile) {
      try {
        subjectKeys = parseSubjectKeyBackup(JSON.parse(await readFile(keysFile, 'utf8')));
      } catch (error) {
        const reason = error instanceof SubjectKeyBackupError ? error.message : 'not readable JSON';
        err(`Import refused, nothing written: ${keysFile}: ${reason}`);
        return 1;
      }
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
            ...(subjectKeys ? { subjectKeys } : {}),
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
        if (result.unreadable > 0) {
          err(
            `The personal data of ${result.unreadable} subjects has no key here: import again with --subject-keys <the key-store backup> to read it.`,
          );
        }
        return 0;
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        err(`Import refused, nothing written: ${error.message}`);
        return 1;
      }
    });
  },
};
