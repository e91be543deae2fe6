import { canonicalJson, type Json, sha256Hex } from '../event-store/index.js';

/** Null and absent are the same input: GraphQL sends either for an omitted optional field. */
const withoutNulls = (value: unknown): Json | undefined => {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item) ?? null);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, withoutNulls(item)] as const)
      .filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries) as Json;
  }
  return value as Json;
};

/**
 * SHA-256 of the canonical JSON of a request's input: equal inputs, whatever their key order,
 * give equal fingerprints. Pass what the client sent, not data with ids generated for it.
 */
export const fingerprintOf = (input: unknown): string =>
  sha256Hex(canonicalJson(withoutNulls(input)));
