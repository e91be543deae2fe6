import type { Locale } from '../http/locale.js';
import { badArgument } from './errors.js';

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/**
 * The one check of a connection's paging arguments: forward only (first/after), `first` within
 * 1…max, and an `after` that `decode` accepts (undefined when none was given).
 */
export const forwardPage = <C>(
  args: PageArgs,
  decode: (cursor: string) => C | undefined,
  locale: Locale,
  { max, fallback }: { readonly max: number; readonly fallback: number },
): { readonly first: number; readonly after: C | undefined } => {
  if (args.last != null || args.before != null) {
    throw badArgument(
      'last',
      'Nur Vorwärtsblättern (first/after) wird unterstützt.',
      'Only forward paging (first/after) is supported.',
      locale,
    );
  }
  const first = args.first ?? fallback;
  if (first < 1 || first > max) {
    throw badArgument(
      'first',
      `„first“ muss zwischen 1 und ${max} liegen.`,
      `"first" must be between 1 and ${max}.`,
      locale,
    );
  }
  if (!args.after) return { first, after: undefined };
  const after = decode(args.after);
  if (after === undefined) {
    throw badArgument('after', 'Der Cursor ist ungültig.', 'The cursor is not valid.', locale);
  }
  return { first, after };
};
