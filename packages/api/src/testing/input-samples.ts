import type { AggregateKind } from '@fahrplan/domain';
import {
  type GraphQLInputType,
  type GraphQLScalarType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/** A scalar's sample for the input field `name` of a mutation on `own`'s kind. */
export type ScalarSample = (name: string, scalar: GraphQLScalarType, own: AggregateKind) => unknown;

/**
 * Sample values of input types, the same walk for every spec that builds inputs from the schema:
 * lists of one, an enum's first value, input objects with their required fields only; each spec
 * says what a scalar is worth (`scalar`).
 */
export const inputSampler = (scalar: ScalarSample) => {
  const value = (name: string, type: GraphQLInputType, own: AggregateKind): unknown => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [value(name, inner.ofType, own)];
    const named = getNamedType(inner);
    if (isEnumType(named)) return named.getValues()[0]?.name;
    if (isInputObjectType(named)) return requiredFields(named.getFields(), own);
    return scalar(name, named, own);
  };
  const requiredFields = (
    fields: Record<string, { type: GraphQLInputType }>,
    own: AggregateKind,
  ): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([, field]) => isNonNullType(field.type))
        .map(([name, field]) => [name, value(name, field.type, own)]),
    );
  return { value, requiredFields };
};
