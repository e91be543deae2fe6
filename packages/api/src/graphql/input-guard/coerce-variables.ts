import {
  coerceInputValue,
  type GraphQLError,
  type GraphQLSchema,
  isInputType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import type { Locale } from '../../http/locale.js';
import { inputError } from './errors.js';

const MISSING: Record<Locale, string> = { de: 'ein Wert ist nötig.', en: 'a value is required.' };

/** graphql-js names a missing or unknown input field only in its message (pinned to 16.x). */
const FIELD_IN_MESSAGE = /^Field "([_A-Za-z][_0-9A-Za-z]*)" (?:of required type|is not defined)/;

/** At most this many errors per request: enough to fix a form at once, not a flood. */
export const MAX_INPUT_ERRORS = 20;

/**
 * The operation's variables coerced as graphql-js would, but with every failure a typed
 * BAD_USER_INPUT that names the field and its path (graphql-js gives them no code).
 * `argumentOf` names the argument a variable is passed to, for errors at the variable itself.
 */
export const coerceVariables = (
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Readonly<Record<string, unknown>>,
  argumentOf: ReadonlyMap<string, string>,
  locale: Locale,
): { values: Record<string, unknown>; errors: GraphQLError[] } => {
  const values: Record<string, unknown> = {};
  const errors: GraphQLError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    // Unknown types are validation errors, already reported.
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue;
    const root = argumentOf.get(name) ?? name;
    if (!Object.hasOwn(inputs, name)) {
      if (definition.defaultValue) values[name] = valueFromAST(definition.defaultValue, type);
      else if (isNonNullType(type))
        errors.push(inputError('INVALID_VALUE', [root], locale, MISSING[locale]));
      continue;
    }
    const input = inputs[name];
    if (input === null && isNonNullType(type)) {
      errors.push(inputError('INVALID_VALUE', [root], locale, MISSING[locale]));
      continue;
    }
    values[name] = coerceInputValue(input, type, (path, _invalid, error) => {
      if (errors.length < MAX_INPUT_ERRORS) {
        // A field missing from or unknown to an input object: name that field, not its parent.
        const field = FIELD_IN_MESSAGE.exec(error.message)?.[1];
        const at = field ? [root, ...path, field] : [root, ...path];
        errors.push(inputError('INVALID_VALUE', at, locale, error.message));
      }
    });
  }
  return { values, errors };
};
