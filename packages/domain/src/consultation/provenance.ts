import { addEdge, assertNever, provenanceOfItem } from '../shared/index.js';
import type { ConsultationEvent } from './events.js';

/** `coversField` ties a consultation on an action field to it (one on a meeting has none). */
export const provenanceOf = provenanceOfItem<ConsultationEvent>('Consultation', (event, self) => {
  switch (event.type) {
    case 'ConsultationOpened':
      return event.data.actionFieldId === undefined
        ? []
        : [addEdge('coversField', { kind: 'ActionField', id: event.data.actionFieldId }, self)];
    case 'ConsultationClosed':
    case 'SubmissionReceived':
    case 'SubmissionConfirmed':
    case 'SubmissionAccepted':
    case 'SubmissionDeclined':
      return [];
    default:
      return assertNever(event);
  }
});
