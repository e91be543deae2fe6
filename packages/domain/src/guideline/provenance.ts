import {
  assertNever,
  coversFields,
  coversFieldsRevised,
  provenanceOfItem,
} from '../shared/index.js';
import type { GuidelineEvent } from './events.js';

/** coversField only: recommendations are assigned from the recommendation's side. */
export const provenanceOf = provenanceOfItem<GuidelineEvent>('Guideline', (event, self) => {
  switch (event.type) {
    case 'GuidelineDrafted':
      return coversFields(event.data.actionFieldIds, self);
    case 'GuidelineRevised':
      return coversFieldsRevised(event.data, self);
    case 'GuidelinePublished':
    case 'GuidelineRetired':
      return [];
    default:
      return assertNever(event);
  }
});
