import { builder } from '../builder.js';

/**
 * A GraphQL enum of a domain value list, described from the domain's label table: the GraphQL
 * names are the values upper case, resolvers and inputs see the domain's values, and each value
 * reads `English (Deutsch).`, then its note where it has one.
 */
export const labelledEnum = <V extends string>(
  name: string,
  description: string,
  values: readonly V[],
  labels: Readonly<Record<V, { readonly de: string; readonly en: string }>>,
  notes: Partial<Record<V, string>> = {},
) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => {
        const label = `${labels[value].en} (${labels[value].de}).`;
        const note = notes[value];
        return [
          value.toUpperCase(),
          { value, description: note === undefined ? label : `${label} ${note}` },
        ];
      }),
    ) as Record<Uppercase<V>, { value: V; description: string }>,
  });
