import type { ItemRow } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { FieldChangeType } from '../history.js';
import { ItemInterface } from '../item.js';
import { referencesOf } from './references.js';

builder.objectField(FieldChangeType, 'items', (t) =>
  t.field({
    type: [ItemInterface],
    description:
      'The items `before` and `after` name by id (action fields, suggestions, recommendations, guidelines, meetings, project ideas), as they were when the event was recorded, to show their titles; items the caller may not see are left out.',
    resolve: async (change, _args, { items }) => {
      const references = referencesOf(change);
      const asOf = { at: change.recordedAt, by: 'recorded' } as const;
      const then = await items.loadMany(references.map((reference) => ({ ...reference, asOf })));
      // One recorded in the same instant may miss that moment: it is named as it is now.
      const rows = await Promise.all(
        references.map((reference, index) => {
          const row = then[index];
          return row && !(row instanceof Error)
            ? row
            : items.load({ ...reference, asOf: undefined });
        }),
      );
      return rows.filter((row): row is ItemRow => row !== null);
    },
  }),
);
