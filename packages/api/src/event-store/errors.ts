/** A stale expected version: another writer got there first. Nothing was written. */
export class ConcurrencyError extends Error {
  readonly code = 'CONFLICT' as const;

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | undefined,
    readonly currentVersion: number,
  ) {
    super(
      `Stream ${streamId} is at version ${currentVersion}, expected ${expectedVersion ?? 'any'}`,
    );
    this.name = 'ConcurrencyError';
  }
}

/** SQLSTATE and constraint of a driver error, wrapped or not (drizzle wraps it in `cause`). */
export const pgErrorOf = (error: unknown): { code?: string; constraint?: string } => {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    const fields = current as Error & {
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
    };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) {
      const constraint = fields.constraint_name ?? fields.constraint;
      return {
        code: fields.code,
        ...(typeof constraint === 'string' ? { constraint } : {}),
      };
    }
    current = current.cause;
  }
  return {};
};
