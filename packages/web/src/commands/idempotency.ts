/**
 * Every submitted change carries an idempotency key, so that a retry (after a 503, a timeout, a
 * lost connection) returns the first attempt's result instead of writing twice. Submitting the
 * same input again reuses the key; a changed input is a new change and gets a new key.
 */
export const createIdempotencyKeys = (newKey: () => string = () => crypto.randomUUID()) => {
  let last: { readonly input: string; readonly key: string } | undefined;
  return {
    /** The variables with `input.idempotencyKey` set, when there is an input without one. */
    add<Variables>(variables: Variables): Variables {
      const input = (variables as { input?: unknown }).input;
      if (typeof input !== 'object' || input === null || 'idempotencyKey' in input) {
        return variables;
      }
      const serialized = JSON.stringify(input);
      if (last?.input !== serialized) last = { input: serialized, key: newKey() };
      return { ...variables, input: { ...input, idempotencyKey: last.key } };
    },
    /** After a success the next submission is a new change, even with the same input. */
    settled(): void {
      last = undefined;
    },
  };
};
