import {
  addEdge,
  assertNever,
  coversFields,
  coversFieldsChange,
  type ItemRef,
  type ProvenanceChange,
} from '../shared/index.js';
import type { SuggestionEvent } from './events.js';

/**
 * A suggestion is where provenance starts: `raisedAt` ties it to its meeting or consultation, `coversField`
 * follows its action fields. Being taken up adds nothing here: the recommendation or project
 * idea records `derivedFrom` / `originatesFrom` itself, so each edge has exactly one author.
 */
export const provenanceOf = (
  event: SuggestionEvent,
  itemId: string,
): readonly ProvenanceChange[] => {
  const suggestion: ItemRef = { kind: 'Suggestion', id: itemId };
  switch (event.type) {
    case 'SuggestionCaptured': {
      const { meetingId, consultationId, actionFieldIds } = event.data;
      return [
        ...(meetingId === undefined
          ? []
          : [addEdge('raisedAt', { kind: 'Meeting', id: meetingId }, suggestion)]),
        ...(consultationId === undefined
          ? []
          : [addEdge('raisedAt', { kind: 'Consultation', id: consultationId }, suggestion)]),
        ...coversFields(actionFieldIds, suggestion),
      ];
    }
    case 'SuggestionRevised':
      return coversFieldsChange(event.data, suggestion);
    case 'SuggestionTakenUp':
    case 'SuggestionDeclined':
    case 'SuggestionReopened':
      return [];
    default:
      return assertNever(event);
  }
};
