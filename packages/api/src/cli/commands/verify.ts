import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check the hash chain over every event; exit 1 naming the first bad position.',
  usage: 'pnpm fahrplan verify',
  run: (_args, { config, out, err }) =>
    withStore(config, async (store) => {
      const progress = createProgress('verify');
      const result = await store.verify({
        onProgress: (done, total) => progress.update(done, total),
      });
      progress.done(result.checked, result.headPosition);
      if (!result.ok) {
        err(`TAMPERED at position ${result.finding?.position}: ${result.finding?.message}`);
        return 1;
      }
      out(`OK: ${result.checked} events verified, head ${result.headPosition} ${result.headHash}`);
      if (result.pending > 0) out(`${result.pending} newer events are not sealed yet.`);
      return 0;
    }),
};
