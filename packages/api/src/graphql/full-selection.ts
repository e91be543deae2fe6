import {
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/** A field a selection can ask for without arguments of its own. */
const askable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

/**
 * Every field of a type that needs no arguments, nested `depth` levels deep: to render a whole
 * read surface and prove nothing in it leaks, generated from the schema so a new field is
 * rendered too. Interfaces below the top are asked for their own fields (no fragments: fields of
 * one name but different types in two fragments would conflict); a union's members each get a
 * fragment, at the union field's own depth (it only wraps them). `skip` leaves
 * fields out by name (e.g. `history` where another request renders it).
 */
export const selectionOf = (
  schema: GraphQLSchema,
  typeName: string,
  depth: number,
  skip: ReadonlySet<string> = new Set(),
): string => {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const parts = Object.values(type.getFields()).flatMap((field) => {
    if (skip.has(field.name) || !askable(field)) return [];
    const named = getNamedType(field.type);
    const name = field.name;
    if (isLeafType(named)) return [name];
    if (depth === 0) return [];
    if (isUnionType(named))
      return [`${name} { ${unionSelectionOf(schema, named.name, depth, skip)} }`];
    if (!isObjectType(named) && !isInterfaceType(named)) return [];
    return [`${name} { ${selectionOf(schema, named.name, depth - 1, skip)} }`];
  });
  return ['__typename', ...parts].join(' ');
};

/** A union's members, a fragment each, at the union field's own depth (it only wraps them). */
export const unionSelectionOf = (
  schema: GraphQLSchema,
  unionName: string,
  depth: number,
  skip: ReadonlySet<string> = new Set(),
): string => {
  const union = schema.getType(unionName);
  if (!isUnionType(union)) return '__typename';
  const members = union
    .getTypes()
    .map((member) => `... on ${member.name} { ${selectionOf(schema, member.name, depth, skip)} }`);
  return ['__typename', ...members].join(' ');
};
