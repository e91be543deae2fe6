import type { Locale } from '../../i18n/i18n.js';
import { csrfHeaders } from '../../session/auth-api.js';

/** A problem of one row, as the API's preview reports it (see the API's sheets/problems.ts). */
export interface SheetProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly severity: 'error' | 'conflict' | 'notice';
  readonly code: string;
  readonly message: { readonly de: string; readonly en: string };
}

export interface ImportAnswer {
  readonly written: number;
  readonly preview: {
    readonly ok: boolean;
    readonly problems: readonly SheetProblem[];
    readonly counts: {
      readonly create: number;
      readonly update: number;
      readonly unchanged: number;
      readonly known: number;
    };
  };
}

/** The whole file refused (too large, unreadable): the API's error in the caller's language. */
export class SheetRefused extends Error {}

/**
 * Sends a file to an import route: a preview (`dryRun`) or the import itself. Answers the
 * preview also when rows have problems (422); throws `SheetRefused` when the file is refused.
 */
export const sendSheet = async (
  path: string,
  file: File,
  dryRun: boolean,
  locale: Locale,
): Promise<ImportAnswer> => {
  const response = await fetch(`${path}${path.includes('?') ? '&' : '?'}dryRun=${dryRun}`, {
    method: 'POST',
    headers: {
      'accept-language': locale,
      'content-type': 'application/octet-stream',
      ...csrfHeaders(),
    },
    body: file,
  });
  const body = (await response.json()) as ImportAnswer & {
    errors?: readonly { message: string }[];
  };
  if (body.errors?.length) throw new SheetRefused(body.errors[0]?.message);
  return body;
};
