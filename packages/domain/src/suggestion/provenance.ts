import {
  addEdge,
  assertNever,
  coversFields,
  coversFieldsChange,
  provenanceOfItem,
} from '../shared/index.js';
import type { SuggestionEvent } from './events.js';

/**
 * A suggestion is where provenance starts: `raisedAt` ties it to its meeting or consultation, `coversField`
 * follows its action fields. Being taken up adds nothing here: the recommendation or project
 * idea records `derivedFrom` / `originatesFrom` itself, so each edge has exactly one author.
 */
export const provenanceOf = provenanceOfItem<SuggestionEvent>('Suggestion', (event, self) => {
  switch (event.type) {
    case 'SuggestionCaptured': {
      const { meetingId, consultationId, actionFieldIds } = event.data;
      return [
        ...(meetingId === undefined
          ? []
          : [addEdge('raisedAt', { kind: 'Meeting', id: meetingId }, self)]),
        ...(consultationId === undefined
          ? []
          : [addEdge('raisedAt', { kind: 'Consultation', id: consultationId }, self)]),
        ...coversFields(actionFieldIds, self),
      ];
    }
    case 'SuggestionRevised':
      return coversFieldsChange(event.data, self);
    case 'SuggestionTakenUp':
    case 'SuggestionDeclined':
    case 'SuggestionReopened':
      return [];
    default:
      return assertNever(event);
  }
});
