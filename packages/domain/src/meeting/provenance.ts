import {
  assertNever,
  coversFields,
  coversFieldsChange,
  provenanceOfItem,
} from '../shared/index.js';
import type { MeetingEvent } from './events.js';

/**
 * `coversField` (ActionField → Meeting) follows the meeting's action fields: added when it is
 * planned, added and removed as edits change them. Nothing else a meeting does is provenance.
 */
export const provenanceOf = provenanceOfItem<MeetingEvent>('Meeting', (event, self) => {
  switch (event.type) {
    case 'MeetingPlanned':
      return coversFields(event.data.actionFieldIds, self);
    case 'MeetingRevised':
      return coversFieldsChange(event.data, self);
    case 'MeetingHeld':
    case 'MeetingCancelled':
    case 'ParticipantRegistered':
    case 'ParticipantRemoved':
      return [];
    default:
      return assertNever(event);
  }
});
