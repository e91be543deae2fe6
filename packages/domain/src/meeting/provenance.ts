import {
  assertNever,
  coversFields,
  coversFieldsChange,
  type ItemRef,
  type ProvenanceChange,
} from '../shared/index.js';
import type { MeetingEvent } from './events.js';

/**
 * `coversField` (ActionField → Meeting) follows the meeting's action fields: added when it is
 * planned, added and removed as edits change them. Nothing else a meeting does is provenance.
 */
export const provenanceOf = (event: MeetingEvent, itemId: string): readonly ProvenanceChange[] => {
  const meeting: ItemRef = { kind: 'Meeting', id: itemId };
  switch (event.type) {
    case 'MeetingPlanned':
      return coversFields(event.data.actionFieldIds, meeting);
    case 'MeetingRevised':
      return coversFieldsChange(event.data, meeting);
    case 'MeetingHeld':
    case 'MeetingCancelled':
    case 'ParticipantRegistered':
    case 'ParticipantRemoved':
      return [];
    default:
      return assertNever(event);
  }
};
