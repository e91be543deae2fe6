import {
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getNamedType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Locale } from '../../http/locale.js';
import { MAX_INPUT_ERRORS } from './coerce-variables.js';
import { inputError } from './errors.js';

const LITERALS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM]);

/** The argument and input-field names from the operation down to a value. */
const pathOf = (
  ancestors: readonly (ASTNode | readonly ASTNode[])[],
  parent: ASTNode | readonly ASTNode[] | undefined,
): string[] =>
  // graphql-js hands the parent apart from the ancestors above it.
  [...ancestors, ...(parent ? [parent] : [])].flatMap((step) =>
    !Array.isArray(step) &&
    ((step as ASTNode).kind === Kind.ARGUMENT || (step as ASTNode).kind === Kind.OBJECT_FIELD)
      ? [(step as { name: { value: string } }).name.value]
      : [],
  );

/**
 * Literals of our own scalars (`asOf: "2017-02-30"`) that the scalar refuses, as BAD_USER_INPUT
 * naming the argument or field and where it sits, as for a variable. graphql-js would report
 * the scalar's error without saying where (or a limit rule would throw it): checked before
 * validation so the client learns which field to fix. Other literals are validation's.
 */
export const literalScalarErrors = (
  schema: GraphQLSchema,
  document: DocumentNode,
  locale: Locale,
): GraphQLError[] => {
  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node, _key, parent, _path, ancestors) {
        if (!LITERALS.has(node.kind) || errors.length >= MAX_INPUT_ERRORS) return;
        const type = getNamedType(typeInfo.getInputType());
        if (!type || !isScalarType(type) || isSpecifiedScalarType(type)) return;
        try {
          type.parseLiteral(node as ValueNode, undefined);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          errors.push(inputError('INVALID_VALUE', pathOf(ancestors, parent), locale, detail));
        }
      },
    }),
  );
  return errors;
};
