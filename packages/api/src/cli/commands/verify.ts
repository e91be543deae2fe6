import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

/** Exit codes: a script must never read "could not check" as "tampered", nor as "intact". */
export const VERIFY_EXIT = { ok: 0, tampered: 1, notChecked: 2 } as const;

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Check the hash chain over every event: exit 0 intact, 1 tampered (naming the first bad position), 2 could not check.',
  usage: 'pnpm fahrplan verify',
  run: async (_args, { config, out, err }) => {
    try {
      return await withStore(config, async (store) => {
        const progress = createProgress('verify');
        const result = await store.verify({
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.done(result.checked, result.headPosition);
        if (!result.ok) {
          err(`TAMPERED at position ${result.finding?.position}: ${result.finding?.message}`);
          return VERIFY_EXIT.tampered;
        }
        out(
          `OK: ${result.checked} events verified, head ${result.headPosition} ${result.headHash}`,
        );
        if (result.pending > 0) out(`${result.pending} newer events are not sealed yet.`);
        return VERIFY_EXIT.ok;
      });
    } catch (error) {
      // The database could not be opened or read: that says nothing about the history.
      err(`NOT CHECKED: ${error instanceof Error ? error.message : String(error)}`);
      return VERIFY_EXIT.notChecked;
    }
  },
};
