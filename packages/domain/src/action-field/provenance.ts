import { assertNever, type ProvenanceOf } from '../shared/index.js';
import type { ActionFieldEvent } from './events.js';

/**
 * An action field is only ever the source of `coversField` edges, and those are made by the
 * items that name it (meetings, suggestions, recommendations, …), so its own events add none.
 */
export const provenanceOf: ProvenanceOf<ActionFieldEvent> = (event) => {
  switch (event.type) {
    case 'ActionFieldDefined':
    case 'ActionFieldRevised':
    case 'ActionFieldRetired':
      return [];
    default:
      return assertNever(event);
  }
};
