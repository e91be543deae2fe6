import type { ItemRef, ProvenanceChange } from '../shared/index.js';
import { addEdge, assertNever, removeEdge } from '../shared/index.js';
import type { GuidelineEvent } from './events.js';

const field = (id: string): ItemRef => ({ kind: 'ActionField', id });

/** coversField only: recommendations are assigned from the recommendation's side. */
export const provenanceOf = (
  event: GuidelineEvent,
  itemId: string,
): readonly ProvenanceChange[] => {
  const self: ItemRef = { kind: 'Guideline', id: itemId };
  switch (event.type) {
    case 'GuidelineDrafted':
      return event.data.actionFieldIds.map((id) => addEdge('coversField', field(id), self));
    case 'GuidelineRevised': {
      const next = event.data.actionFieldIds;
      const previous = event.data.previousActionFieldIds;
      if (next === undefined || previous === undefined) return [];
      return [
        ...previous
          .filter((id) => !next.includes(id))
          .map((id) => removeEdge('coversField', field(id), self)),
        ...next
          .filter((id) => !previous.includes(id))
          .map((id) => addEdge('coversField', field(id), self)),
      ];
    }
    case 'GuidelinePublished':
    case 'GuidelineRetired':
      return [];
    default:
      return assertNever(event);
  }
};
