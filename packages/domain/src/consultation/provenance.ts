import { addEdge, assertNever, type ItemRef, type ProvenanceChange } from '../shared/index.js';
import type { ConsultationEvent } from './events.js';

/** `coversField` ties a consultation on an action field to it (one on a meeting has none). */
export const provenanceOf = (
  event: ConsultationEvent,
  itemId: string,
): readonly ProvenanceChange[] => {
  const consultation: ItemRef = { kind: 'Consultation', id: itemId };
  switch (event.type) {
    case 'ConsultationOpened':
      return event.data.actionFieldId === undefined
        ? []
        : [
            addEdge(
              'coversField',
              { kind: 'ActionField', id: event.data.actionFieldId },
              consultation,
            ),
          ];
    case 'ConsultationClosed':
    case 'SubmissionReceived':
    case 'SubmissionConfirmed':
    case 'SubmissionAccepted':
    case 'SubmissionDeclined':
      return [];
    default:
      return assertNever(event);
  }
};
