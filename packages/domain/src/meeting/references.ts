import { assertNever, type Reference, referencesAt } from '../shared/index.js';
import type { MeetingCommand } from './commands.js';

/** The action fields a meeting names must exist. */
export const referencesOf = (command: MeetingCommand): readonly Reference[] => {
  switch (command.type) {
    case 'PlanMeeting':
    case 'ReviseMeeting':
      return referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds);
    case 'RecordMeetingHeld':
    case 'CancelMeeting':
    case 'RegisterParticipant':
    case 'RemoveParticipant':
      return [];
    default:
      return assertNever(command);
  }
};
