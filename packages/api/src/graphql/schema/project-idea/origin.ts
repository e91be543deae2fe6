import { ORIGIN_KINDS, type Origin, type OriginKind } from '@fahrplan/domain';
import type { Locale } from '../../../http/locale.js';
import { badArgument } from '../../errors.js';

const isOriginKind = (kind: string): kind is OriginKind =>
  (ORIGIN_KINDS as readonly string[]).includes(kind);

/**
 * The origin a global id names: a suggestion, recommendation or meeting. Any other kind is
 * BAD_USER_INPUT on `field`, before the command runs.
 */
export const originOf = (
  globalId: { readonly typename: string; readonly id: string },
  field: string,
  locale: Locale,
): Origin => {
  if (!isOriginKind(globalId.typename)) {
    throw badArgument(
      field,
      `Ein Ursprung ist ein Vorschlag, eine Handlungsempfehlung oder eine Veranstaltung, kein ${globalId.typename}.`,
      `An origin is a Suggestion, Recommendation or Meeting, not a ${globalId.typename}.`,
      locale,
    );
  }
  return { kind: globalId.typename, id: globalId.id };
};

export const ORIGIN_DESCRIPTION =
  'the global id of a suggestion (Vorschlag), recommendation (Handlungsempfehlung) or meeting (Veranstaltung).';
