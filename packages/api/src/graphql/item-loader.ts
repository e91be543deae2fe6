import type { AggregateKind } from '@fahrplan/domain';
import DataLoader from 'dataloader';
import type { SqlRunner } from '../database/index.js';
import { type ItemRow, loadItems } from '../queries/items.js';
import type { TimeTravel } from '../queries/time-travel.js';
import type { ReadScope } from '../visibility/rules.js';

interface ItemKey {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly asOf: TimeTravel | undefined;
}

// Called for every key twice (load and answer): the current moment, by far the most asked for,
// takes the short way.
const cacheKey = (key: ItemKey) =>
  key.asOf === undefined
    ? `${key.kind}|${key.id}`
    : `${key.kind}|${key.id}|${key.asOf.by}|${key.asOf.at}`;

/**
 * Batches the items nested fields ask for (a recommendation's suggestions, a measure's
 * recommendation) into one query per moment, per request: no N+1. It finds the items the caller
 * may see only (see `ReadScope`), so no nested field leads anyone to a draft they may not see.
 */
export const createItemLoader = (runner: SqlRunner, scope: ReadScope) =>
  new DataLoader<ItemKey, ItemRow | null, string>(
    async (keys) => {
      const byMoment = new Map<string, ItemKey[]>();
      for (const key of keys) {
        const moment = `${key.asOf?.by ?? ''}|${key.asOf?.at ?? ''}`;
        const group = byMoment.get(moment);
        if (group) group.push(key);
        else byMoment.set(moment, [key]);
      }
      const found = new Map<string, ItemRow>();
      for (const group of byMoment.values()) {
        const rows = await loadItems(runner, group, group[0]?.asOf, scope);
        for (const row of rows) found.set(cacheKey(row), row);
      }
      return keys.map((key) => found.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );

export type ItemLoader = ReturnType<typeof createItemLoader>;

/** Items of one kind by id, as they were at the parent's moment; missing ones are left out. */
export const loadRelated = async (
  loader: ItemLoader,
  parent: ItemRow,
  kind: AggregateKind,
  ids: readonly string[],
): Promise<ItemRow[]> => {
  const rows = await loader.loadMany(ids.map((id) => ({ kind, id, asOf: parent.asOf })));
  return rows.filter((row): row is ItemRow => row !== null && !(row instanceof Error));
};
