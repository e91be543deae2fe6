import {
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLError,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Locale } from '../../http/locale.js';
import { MAX_INPUT_ERRORS } from './coerce-variables.js';
import { inputError } from './errors.js';
import { globalIdKindsOf, globalIdProblem } from './global-id.js';
import { ID_TEXT_MAX, TEXT_LIMITS, TEXT_MAX, textProblem } from './text.js';

type Path = readonly (string | number)[];

/** Every string in a coerced value, with its path and the definition (argument or field) it belongs to. */
const checkValue = (
  value: unknown,
  type: GraphQLInputType,
  definition: GraphQLArgument | GraphQLInputField,
  path: Path,
  report: (error: GraphQLError) => void,
  context: { readonly locale: Locale; readonly nodeKinds: readonly string[] },
): void => {
  const { locale } = context;
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      checkValue(item, inner.ofType, definition, [...path, index], report, context);
    });
    return;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(item, field.type, field, [...path, name], report, context);
    }
    return;
  }
  if (!isScalarType(named) || typeof value !== 'string') return;
  const isId = named.name === 'ID';
  const max = TEXT_LIMITS[definition.name] ?? (isId ? ID_TEXT_MAX : TEXT_MAX);
  const text = textProblem(value, max);
  if (text) {
    report(inputError(text, path, locale, text === 'TOO_LONG' ? max : ''));
    return;
  }
  const kinds = isId ? globalIdKindsOf(definition) : undefined;
  const id = kinds ? globalIdProblem(value, kinds, context.nodeKinds) : undefined;
  if (id) report(inputError(id.problem, path, locale, id.detail ?? ''));
};

/**
 * Checks the value of every argument in the document, literal or from the coerced variables:
 * each string must be storable text within its limit, each global id well-formed and of a kind
 * its field takes. Fields of fragments are reached too (the check does not follow execution).
 */
export const checkArguments = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  locale: Locale,
): GraphQLError[] => {
  const errors: GraphQLError[] = [];
  const report = (error: GraphQLError) => {
    if (errors.length < MAX_INPUT_ERRORS) errors.push(error);
  };
  const node = schema.getType('Node');
  const nodeKinds = isAbstractType(node)
    ? schema.getPossibleTypes(node).map((type) => type.name)
    : [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        // An invalid literal is undefined here: validation has reported it already.
        const value = valueFromAST(node.value, argument.type, variables);
        checkValue(value, argument.type, argument, [argument.name], report, { locale, nodeKinds });
      },
    }),
  );
  return errors;
};
