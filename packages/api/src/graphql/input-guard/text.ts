import { BODY_MAX } from '@fahrplan/domain';

/**
 * How long a string may be at the edge, by the argument or input field that carries it. The
 * domain checks each field's own maximum; this bounds what reaches it (and indexes, query
 * plans and logs) to the longest any field takes, and sets the limits the domain has no say in.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  idempotencyKey: 255,
  after: 1_000,
  before: 1_000,
};
/** The longest text any field takes: a recommendation's body. */
export const TEXT_MAX = BODY_MAX;
/** Global ids are a kind and a uuid or slug in base64: a few dozen characters. */
export const ID_TEXT_MAX = 1_000;

export type TextProblem = 'NUL_CHARACTER' | 'LONE_SURROGATE' | 'TOO_LONG';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What makes a string unstorable or unreasonable: PostgreSQL's text and jsonb take neither NUL
 * nor a lone UTF-16 surrogate (which JSON can carry, and UTF-8 cannot), so both are refused
 * rather than stripped or replaced: changing the input silently would make different
 * idempotency keys collide.
 */
export const textProblem = (value: string, max: number): TextProblem | undefined => {
  if (value.includes('\u0000')) return 'NUL_CHARACTER';
  if (LONE_SURROGATE.test(value)) return 'LONE_SURROGATE';
  if (value.length > max) return 'TOO_LONG';
  return undefined;
};
