import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Locale } from '../http/locale.js';
import type { GraphQLContext } from './context.js';
import { badArgument } from './errors.js';
import { ID_TEXT_MAX, textProblem } from './input-guard/text.js';

const notAnActionField = (locale: Locale) =>
  badArgument(
    'actionField',
    'Die ID gehört zu keinem Handlungsfeld.',
    'The id is not an action field’s.',
    locale,
  );

/**
 * The action field a filter names by global id. Decoded here, not by a `globalID` argument, so a
 * malformed id is BAD_USER_INPUT naming the argument like an id of another kind.
 */
export const actionFieldIdOf = (globalId: string, locale: Locale): string => {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = undefined;
  }
  // What it names goes into a query: it must be storable text (no NUL inside the base64).
  if (decoded?.typename !== 'ActionField' || textProblem(decoded.id, ID_TEXT_MAX)) {
    throw notAnActionField(locale);
  }
  return decoded.id;
};

/** The id of a decoded global-id argument `actionField`: BAD_USER_INPUT if of another kind. */
export const actionFieldIdOfDecoded = (
  decoded: { readonly typename: string; readonly id: string },
  locale: Locale,
): string => {
  if (decoded.typename !== 'ActionField') throw notAnActionField(locale);
  return decoded.id;
};

/** As `actionFieldIdOf`, and the caller must find the action field: a typo is no empty result. */
export const knownActionFieldIdOf = async (
  globalId: string,
  { items, locale }: Pick<GraphQLContext, 'items' | 'locale'>,
): Promise<string> => {
  const id = actionFieldIdOf(globalId, locale);
  if (!(await items.load({ kind: 'ActionField', id, asOf: undefined }))) {
    throw badArgument(
      'actionField',
      'Dieses Handlungsfeld gibt es nicht.',
      'There is no such action field.',
      locale,
    );
  }
  return id;
};
