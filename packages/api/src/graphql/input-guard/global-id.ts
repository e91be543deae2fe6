import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLArgument, GraphQLInputField } from 'graphql';
import type { InputProblem } from './errors.js';
import { ID_TEXT_MAX, textProblem } from './text.js';

/** What Pothos records on an argument or input field declared with `t.globalID`. */
interface GlobalIdExtensions {
  readonly isRelayGlobalID?: boolean;
  readonly relayGlobalIDFor?: readonly { readonly typename: string }[] | null;
}

/** The kinds a global-id argument or field takes: undefined when it is no global id, [] for any. */
export const globalIdKindsOf = (
  definition: GraphQLArgument | GraphQLInputField,
): readonly string[] | undefined => {
  const extensions = definition.extensions as GlobalIdExtensions | undefined;
  if (!extensions?.isRelayGlobalID) return undefined;
  return extensions.relayGlobalIDFor?.map(({ typename }) => typename) ?? [];
};

/**
 * Decodes a global id as the resolver will, strictly: what it names must itself be storable
 * text (a NUL inside the base64 is still a NUL), and of a kind the field takes — `kinds`, or
 * where the field takes any, one of `nodeKinds` (the schema's types with global ids).
 */
export const globalIdProblem = (
  value: string,
  kinds: readonly string[],
  nodeKinds: readonly string[],
): { problem: InputProblem; detail?: string } | undefined => {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    return { problem: 'INVALID_ID' };
  }
  const text = textProblem(decoded.id, ID_TEXT_MAX);
  if (text) return { problem: text === 'TOO_LONG' ? 'INVALID_ID' : text };
  const allowed = kinds.length > 0 ? kinds : nodeKinds;
  if (!allowed.includes(decoded.typename)) {
    return { problem: 'ID_OF_OTHER_KIND', detail: allowed.join(', ') };
  }
  return undefined;
};
