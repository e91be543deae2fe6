import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../../../database/index.js';
import { ITEM_COLUMNS, type ItemRow, itemOf } from '../../../queries/items.js';
import { type TimeTravel, validAt } from '../../../queries/time-travel.js';
import { type ReadScope, visibleSql } from '../../../visibility/rules.js';
import type { GraphQLContext } from '../../context.js';

type RawItemRow = Parameters<ReturnType<typeof itemOf>>[0];

interface Key {
  readonly guidelineId: string;
  readonly asOf: TimeTravel | undefined;
}

const momentOf = (asOf: TimeTravel | undefined) => `${asOf?.by ?? ''}|${asOf?.at ?? ''}`;
const keyOf = (key: Key) => `${momentOf(key.asOf)}|${key.guidelineId}`;

/** The recommendations assigned to many guidelines: one query per moment, ordered by title. */
const createLoader = (runner: SqlRunner, scope: ReadScope) =>
  new DataLoader<Key, ItemRow[], string>(
    async (keys) => {
      const byMoment = new Map<string, Key[]>();
      for (const key of keys) {
        const moment = momentOf(key.asOf);
        byMoment.set(moment, [...(byMoment.get(moment) ?? []), key]);
      }
      const found = new Map<string, ItemRow[]>();
      for (const group of byMoment.values()) {
        const asOf = group[0]?.asOf;
        const ids = sql.join(
          group.map((key) => sql`${key.guidelineId}`),
          sql`, `,
        );
        const rows = await runner.rows<RawItemRow & { guideline_id: string }>(sql`
          SELECT g.guideline_id, ${ITEM_COLUMNS} FROM item_versions v
          CROSS JOIN LATERAL jsonb_array_elements_text(v.state -> 'guidelineIds') AS g(guideline_id)
          WHERE v.kind = 'Recommendation' AND ${validAt(asOf)} AND g.guideline_id IN (${ids})
            AND ${visibleSql(scope)}
          ORDER BY v.title, v.id`);
        for (const row of rows) {
          const key = keyOf({ guidelineId: row.guideline_id, asOf });
          found.set(key, [...(found.get(key) ?? []), itemOf(asOf)(row)]);
        }
      }
      return keys.map((key) => found.get(keyOf(key)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );

// One loader per request: the request's item loader is the handle (the context has no slot).
const loaders = new WeakMap<object, ReturnType<typeof createLoader>>();

/** A guideline's recommendations as they were at the guideline's moment (batched, no N+1). */
export const assignedRecommendations = (context: GraphQLContext, guideline: ItemRow) => {
  let loader = loaders.get(context.items);
  if (!loader) {
    loader = createLoader(context.database, context.scope);
    loaders.set(context.items, loader);
  }
  return loader.load({ guidelineId: guideline.id, asOf: guideline.asOf });
};
