import DataLoader from 'dataloader';
import type { SqlRunner } from '../database/index.js';
import type { ItemRow } from '../queries/items.js';
import { type ReferenceAt, referencedItems, referenceKey } from '../queries/referenced-items.js';
import type { ReadScope } from '../visibility/rules.js';

/**
 * Batches the items that field changes name (`FieldChange.items`), each as of its event, into
 * one query per request: a history or "Änderungen" page costs one query, not one per event.
 */
export const createReferenceLoader = (runner: SqlRunner, scope: ReadScope) =>
  new DataLoader<ReferenceAt, ItemRow | null, string>(
    async (refs) => {
      const found = await referencedItems(runner, refs, scope);
      return refs.map((ref) => found.get(referenceKey(ref)) ?? null);
    },
    { cacheKeyFn: referenceKey },
  );

export type ReferenceLoader = ReturnType<typeof createReferenceLoader>;
