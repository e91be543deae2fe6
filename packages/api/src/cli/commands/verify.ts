import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDomainError } from '@fahrplan/domain';
import {
  type CheckpointInput,
  checkCheckpoint,
  eventMacKeyOf,
  parseCheckpointText,
  type VerifyingKey,
  verifyingKeyFrom,
} from '../../checkpoints/index.js';
import type { CliCommand } from '../command.js';
import { withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

/** An argument that names a file, or is the value itself. */
const fileOrText = (value: string): string =>
  existsSync(value) ? readFileSync(value, 'utf8') : value;

/**
 * Exit codes: 0 intact, 1 tampered (rewritten, truncated, not written by Fahrplan), 2 could not
 * check. A script must never read "could not check" as "tampered", nor as "intact".
 */
export const VERIFY_EXIT = { ok: 0, tampered: 1, notChecked: 2 } as const;

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Check the hash chain, the events’ MACs and (--checkpoint) that the log extends a checkpoint; exit 1 naming the first bad position, 2 if it could not check.',
  usage: [
    'pnpm fahrplan verify [--checkpoint <file|position:hash>] [--public-key <file|base64>]',
    '  --checkpoint  a checkpoint file (JSON, as `checkpoint` or `latestCheckpoint` give it) or position:hash',
    '  --public-key  check its signature with this public key (default: the configured signing key)',
  ].join('\n'),
  run: async (args, { config, out, err }) => {
    let input: CheckpointInput | undefined;
    let publicKey: VerifyingKey | undefined;
    try {
      const { values } = parseArgs({
        args: [...args],
        options: { checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
      });
      if (values.checkpoint !== undefined)
        input = parseCheckpointText(fileOrText(values.checkpoint));
      if (values['public-key'] !== undefined) {
        publicKey = verifyingKeyFrom(fileOrText(values['public-key']));
      }
    } catch (error) {
      const field = isDomainError(error) && error.field ? ` (${error.field})` : '';
      err(
        `Could not check${field}: ${isDomainError(error) ? error.messages.en : String(error instanceof Error ? error.message : error)}`,
      );
      return VERIFY_EXIT.notChecked;
    }
    try {
      return await withStore(config, async (store, database, signingKey) => {
        let code: number = VERIFY_EXIT.ok;
        const fail = () => {
          code = VERIFY_EXIT.tampered;
        };
        const unchecked = () => {
          if (code === VERIFY_EXIT.ok) code = VERIFY_EXIT.notChecked;
        };
        const progress = createProgress('verify');
        const result = await store.verify({
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.done(result.checked, result.headPosition);
        if (result.ok) {
          out(
            `OK: ${result.checked} events verified, head ${result.headPosition} ${result.headHash}`,
          );
          if (result.pending > 0) out(`${result.pending} newer events are not sealed yet.`);
        } else {
          err(`TAMPERED at position ${result.finding?.position}: ${result.finding?.message}`);
          fail();
        }

        const macs = signingKey ? await store.verifyMacs(eventMacKeyOf(signingKey)) : undefined;
        if (signingKey && macs) {
          const legacy =
            macs.legacy > 0
              ? `; ${macs.legacy} older events have none (legacy range${macs.firstMacPosition === null ? '' : `, before position ${macs.firstMacPosition}`})`
              : '';
          out(
            `MAC: ${macs.authentic} events written by Fahrplan (key ${signingKey.keyId})${legacy}.`,
          );
          for (const event of macs.foreign) {
            const where = event.position === null ? 'not sealed yet' : `position ${event.position}`;
            err(
              `NOT WRITTEN BY FAHRPLAN at ${where}: event id ${event.eventId} (${event.reason} MAC)`,
            );
          }
          if (macs.foreignCount > macs.foreign.length) {
            err(`… and ${macs.foreignCount - macs.foreign.length} more.`);
          }
          if (macs.foreignCount > 0) fail();
          if (macs.otherKey > 0) {
            err(`${macs.otherKey} events carry the MAC of another key: not checked.`);
            unchecked();
          }
        } else {
          out('No signing key configured: event MACs not checked.');
        }

        if (input) {
          const check = await checkCheckpoint(database, input, {
            key: publicKey ?? signingKey,
            verify: () => Promise.resolve(macs ? { chain: result, macs } : { chain: result }),
          });
          if (check.ok) {
            out(`CHECKPOINT OK: ${check.messages.en}`);
          } else {
            err(`CHECKPOINT ${check.status} at position ${check.differsAt}: ${check.messages.en}`);
            fail();
          }
        }
        return code;
      });
    } catch (error) {
      // The database could not be opened or read: that says nothing about the history.
      err(`NOT CHECKED: ${error instanceof Error ? error.message : String(error)}`);
      return VERIFY_EXIT.notChecked;
    }
  },
};
