import { DEFAULT_PROCESS_ID, PROCESS_SLUG_MAX, processIdOfSlug } from '@fahrplan/domain';
import type { ArgBuilder } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Locale } from '../http/locale.js';
import type { Types } from './builder.js';
import type { GraphQLContext } from './context.js';
import { badArgument } from './errors.js';
import { ID_TEXT_MAX, textProblem } from './input-guard/text.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const PROCESS_ARG_DESCRIPTION =
  'Only what belongs to this strategy process (Strategieprozess): its slug (`industrie-der-zukunft`) or its global id. Without it: every process.';

/** The `process` filter argument every list, the roadmap, the feed and `changes` take. */
export const processArg = (arg: ArgBuilder<Types>) =>
  arg.string({ required: false, description: PROCESS_ARG_DESCRIPTION });

const decoded = (value: string): { typename: string; id: string } | undefined => {
  try {
    return decodeGlobalID(value);
  } catch {
    return undefined;
  }
};

/** The process id a slug or global id names, without asking whether it exists. */
export const processIdOfArg = (value: string, locale: Locale, field = 'process'): string => {
  if (SLUG.test(value) && value.length <= PROCESS_SLUG_MAX) return processIdOfSlug(value);
  const global = decoded(value);
  if (global?.typename === 'Process' && !textProblem(global.id, ID_TEXT_MAX)) return global.id;
  throw badArgument(
    field,
    'Weder Kurzname noch ID eines Strategieprozesses (Kurznamen: Kleinbuchstaben, Ziffern, Bindestriche).',
    'Neither the slug nor the id of a strategy process (slugs: lower-case letters, digits, hyphens).',
    locale,
  );
};

/** An unknown process is a typed error, not an empty result: a typo must not look like "none". */
export const unknownProcess = (value: string, locale: Locale, field = 'process') =>
  new GraphQLError(
    locale === 'de'
      ? `Einen Strategieprozess „${value}“ gibt es nicht.`
      : `There is no strategy process "${value}".`,
    { extensions: { code: 'NOT_FOUND', field } },
  );

/**
 * The id of the process a `process` argument names, which must exist. The default process always
 * does: everything recorded before processes belongs to it, described by an event or not.
 */
export const knownProcessIdOf = async (
  value: string,
  { items, locale }: Pick<GraphQLContext, 'items' | 'locale'>,
  field = 'process',
): Promise<string> => {
  const id = processIdOfArg(value, locale, field);
  if (id === DEFAULT_PROCESS_ID) return id;
  if (!(await items.load({ kind: 'Process', id, asOf: undefined }))) {
    throw unknownProcess(value, locale, field);
  }
  return id;
};
