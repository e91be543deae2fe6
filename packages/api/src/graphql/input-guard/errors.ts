import { GraphQLError } from 'graphql';
import type { Locale } from '../../http/locale.js';
import type { TextProblem } from './text.js';

export type InputProblem = TextProblem | 'INVALID_ID' | 'ID_OF_OTHER_KIND' | 'INVALID_VALUE';

/** Why, in words, for each problem; `detail` adds the limit, the kinds or the coercion's reason. */
const MESSAGES: Record<InputProblem, Record<Locale, (field: string, detail: string) => string>> = {
  NUL_CHARACTER: {
    de: (field) => `„${field}“ enthält ein NUL-Zeichen (\\u0000): das ist nicht zulässig.`,
    en: (field) => `"${field}" contains a NUL character (\\u0000), which is not allowed.`,
  },
  LONE_SURROGATE: {
    de: (field) =>
      `„${field}“ ist kein gültiger Unicode-Text (ein einzelnes UTF-16-Surrogat): bitte als gültiges UTF-8 senden.`,
    en: (field) =>
      `"${field}" is not valid Unicode text (a lone UTF-16 surrogate): send valid UTF-8.`,
  },
  TOO_LONG: {
    de: (field, max) => `„${field}“ ist zu lang: höchstens ${max} Zeichen.`,
    en: (field, max) => `"${field}" is too long: at most ${max} characters.`,
  },
  INVALID_ID: {
    de: (field) => `„${field}“ ist keine gültige ID.`,
    en: (field) => `"${field}" is not a valid id.`,
  },
  ID_OF_OTHER_KIND: {
    de: (field, kinds) => `„${field}“ ist keine ID der erwarteten Art (${kinds}).`,
    en: (field, kinds) => `"${field}" is not an id of the expected kind (${kinds}).`,
  },
  INVALID_VALUE: {
    de: (field, reason) => `„${field}“ hat einen ungültigen Wert: ${reason}`,
    en: (field, reason) => `"${field}" has an invalid value: ${reason}`,
  },
};

/** A dotted path as a client wrote it: `input.evidence[0].note`. */
const printPath = (path: readonly (string | number)[]): string =>
  path
    .map((step, index) =>
      typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`,
    )
    .join('');

/**
 * A refused input: BAD_USER_INPUT, the field as the client named it (the input field or the
 * argument), where it sits, and why. A request error: HTTP 400 under
 * application/graphql-response+json, 200 under the legacy application/json.
 */
export const inputError = (
  problem: InputProblem,
  path: readonly (string | number)[],
  locale: Locale,
  detail: string | number = '',
): GraphQLError => {
  const field = [...path].reverse().find((step) => typeof step === 'string') ?? '';
  return new GraphQLError(MESSAGES[problem][locale](field, String(detail)), {
    extensions: {
      code: 'BAD_USER_INPUT',
      field,
      details: { path: printPath(path), reason: problem, ...(detail === '' ? {} : { detail }) },
      http: { status: 400, spec: true },
    },
  });
};
