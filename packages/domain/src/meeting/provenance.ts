import {
  addEdge,
  assertNever,
  type ItemRef,
  type ProvenanceChange,
  removeEdge,
} from '../shared/index.js';
import type { MeetingEvent } from './events.js';

const field = (id: string): ItemRef => ({ kind: 'ActionField', id });

/**
 * `coversField` (ActionField → Meeting) follows the meeting's action fields: added when it is
 * planned, added and removed as edits change them. Nothing else a meeting does is provenance.
 */
export const provenanceOf = (event: MeetingEvent, itemId: string): readonly ProvenanceChange[] => {
  const meeting: ItemRef = { kind: 'Meeting', id: itemId };
  switch (event.type) {
    case 'MeetingPlanned':
      return event.data.actionFieldIds.map((id) => addEdge('coversField', field(id), meeting));
    case 'MeetingRevised':
      return [
        ...(event.data.removedActionFieldIds ?? []).map((id) =>
          removeEdge('coversField', field(id), meeting),
        ),
        ...(event.data.addedActionFieldIds ?? []).map((id) =>
          addEdge('coversField', field(id), meeting),
        ),
      ];
    case 'MeetingHeld':
    case 'MeetingCancelled':
    case 'ParticipantRegistered':
    case 'ParticipantRemoved':
      return [];
    default:
      return assertNever(event);
  }
};
