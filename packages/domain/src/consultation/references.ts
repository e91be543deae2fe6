import type { Reference } from '../shared/index.js';
import { assertNever } from '../shared/index.js';
import type { ConsultationCommand } from './commands.js';

/** A consultation names the action field or the meeting it is about. */
export const referencesOf = (command: ConsultationCommand): readonly Reference[] => {
  switch (command.type) {
    case 'OpenConsultation': {
      const { actionFieldId, meetingId, actionFieldIds = [] } = command.data;
      return [
        ...(actionFieldId === undefined
          ? []
          : [{ kind: 'ActionField' as const, id: actionFieldId, field: 'actionFieldId' }]),
        ...(meetingId === undefined
          ? []
          : [{ kind: 'Meeting' as const, id: meetingId, field: 'meetingId' }]),
        ...actionFieldIds.map((id) => ({
          kind: 'ActionField' as const,
          id,
          field: 'actionFieldIds',
        })),
      ];
    }
    case 'CloseConsultation':
    case 'SubmitToConsultation':
    case 'ConfirmSubmission':
    case 'AcceptSubmission':
    case 'DeclineSubmission':
      return [];
    default:
      return assertNever(command);
  }
};
