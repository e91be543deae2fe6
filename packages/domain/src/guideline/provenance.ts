import type { ItemRef, ProvenanceChange } from '../shared/index.js';
import { assertNever, coversFields, coversFieldsBetween } from '../shared/index.js';
import type { GuidelineEvent } from './events.js';

/** coversField only: recommendations are assigned from the recommendation's side. */
export const provenanceOf = (
  event: GuidelineEvent,
  itemId: string,
): readonly ProvenanceChange[] => {
  const self: ItemRef = { kind: 'Guideline', id: itemId };
  switch (event.type) {
    case 'GuidelineDrafted':
      return coversFields(event.data.actionFieldIds, self);
    case 'GuidelineRevised': {
      const next = event.data.actionFieldIds;
      const previous = event.data.previousActionFieldIds;
      if (next === undefined || previous === undefined) return [];
      return coversFieldsBetween(previous, next, self);
    }
    case 'GuidelinePublished':
    case 'GuidelineRetired':
      return [];
    default:
      return assertNever(event);
  }
};
