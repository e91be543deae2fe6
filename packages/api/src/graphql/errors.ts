import { type DomainError, isDomainError } from '@fahrplan/domain';
import { GraphQLError } from 'graphql';
import type { Locale } from '../http/locale.js';

/**
 * The one translation of expected failures into GraphQL: `extensions.code`, the offending
 * `field` and details, the message in the caller's language. Anything else is masked by yoga.
 */
export const toGraphQLError = (error: DomainError, locale: Locale): GraphQLError =>
  new GraphQLError(error.messages[locale], {
    extensions: {
      code: error.code,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(Object.keys(error.details).length === 0 ? {} : { details: error.details }),
      // Every bad field of the input at once (this one first), so a form can mark them all.
      ...(error.fieldErrors.length > 1
        ? {
            fieldErrors: error.fieldErrors.map((each) => ({
              field: each.field,
              message: each.messages[locale],
            })),
          }
        : {}),
    },
  });

/** A bad argument detected at the edge (an id of the wrong kind, a malformed cursor). */
export const badArgument = (field: string, de: string, en: string, locale: Locale): GraphQLError =>
  new GraphQLError(locale === 'de' ? de : en, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });

/** Runs resolver work, translating the expected failures it throws (`DomainError`) once. */
export const translated = async <T>(
  { locale }: { readonly locale: Locale },
  work: () => Promise<T>,
): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw toGraphQLError(error, locale);
    throw error;
  }
};
