import type { FollowUp } from '../shared/index.js';
import { assertNever, followUpMetadata } from '../shared/index.js';
import { captureSuggestionFollowUp } from '../suggestion/follow-up.js';
import type { ConsultationEvent } from './events.js';

/**
 * An accepted submission becomes a suggestion (channel online, raised in this consultation) in
 * the same transaction; from there it follows the normal chain.
 */
export const reactionsTo = (event: ConsultationEvent, itemId: string): readonly FollowUp[] => {
  switch (event.type) {
    case 'SubmissionAccepted': {
      const { suggestionId, text, sector, actionFieldIds } = event.data;
      return [
        captureSuggestionFollowUp(
          { suggestionId, text, sector, actionFieldIds, channel: 'online', consultationId: itemId },
          followUpMetadata(event.occurredAt),
        ),
      ];
    }
    case 'ConsultationOpened':
    case 'ConsultationClosed':
    case 'SubmissionReceived':
    case 'SubmissionConfirmed':
    case 'SubmissionDeclined':
      return [];
    default:
      return assertNever(event);
  }
};
