import { parseArgs } from 'node:util';
import { isDomainError } from '@fahrplan/domain';
import { systemClock } from '../../composition.js';
import { eraseSubject } from '../../privacy/erase.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';

export const eraseCommand: CliCommand = {
  name: 'erase',
  summary: 'Erase a person’s personal data (GDPR); history shows "erased", verify stays green.',
  usage: 'pnpm fahrplan erase --subject <id> --reason "…"',
  run: (args, { config, out, err }) => {
    const { values } = parseArgs({
      args: [...args],
      options: { subject: { type: 'string' }, reason: { type: 'string' } },
    });
    if (!values.subject || !values.reason?.trim()) {
      err(`Usage: ${eraseCommand.usage}`);
      return Promise.resolve(2);
    }
    const subjectId = values.subject;
    const reason = values.reason;
    return withStore(config, async (store, database) => {
      try {
        const records = await eraseSubject(database, store, {
          subjectId,
          reason,
          actor: 'cli',
          role: 'admin',
          now: systemClock.now(),
        });
        out(`Erased ${records} record(s) of ${subjectId}.`);
        return 0;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        err(error.messages.en);
        return 1;
      }
    });
  },
};
