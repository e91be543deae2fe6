import DataLoader from 'dataloader';
import type { SqlRunner } from '../database/index.js';
import type { FieldChange } from '../queries/history.js';
import { type VersionRef, versionChanges, versionKey } from '../queries/version-changes.js';

/**
 * Batches the field changes of the events on a page (`Event.changes`) into one query per
 * request: no N+1. Only events the caller was allowed to read ask for them.
 */
export const createChangeLoader = (runner: SqlRunner) =>
  new DataLoader<VersionRef, FieldChange[], string>(
    async (refs) => {
      const changes = await versionChanges(runner, refs);
      return refs.map((ref) => changes.get(versionKey(ref)) ?? []);
    },
    { cacheKeyFn: versionKey },
  );

export type ChangeLoader = ReturnType<typeof createChangeLoader>;
