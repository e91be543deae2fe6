import { stateOf } from '../../../queries/items.js';
import { builder, type Types } from '../../builder.js';
import {
  type CommandOutcome,
  changeFields,
  compact,
  itemPayload,
  runCommand,
} from '../../command-mutation.js';
import { afterChangeDocs, briefTargetId, changeMutation } from '../mutation-parts.js';
import { MeetingType } from '../refs.js';
import { SectorEnum } from '../sector.js';
import { MeetingParticipantType, participantsOf } from './participants.js';

interface Registration extends CommandOutcome {
  readonly subjectId: string;
}

const meetingPayload = itemPayload('meeting', MeetingType);

builder.relayMutationField(
  'registerParticipant',
  {
    description: 'Input of `registerParticipant`.',
    inputFields: (t) => ({
      ...changeFields(t),
      id: briefTargetId.meeting(t),
      sector: t.field({ type: SectorEnum, required: true, description: 'Akteursgruppe.' }),
      name: t.string({ required: true, description: 'Name, at most 200 characters.' }),
      email: t.string({ required: false, description: 'E-mail address.' }),
      organisation: t.string({ required: false, description: 'Organisation.' }),
    }),
  },
  {
    description:
      'Register a participant for a planned or held meeting (anmelden). Name, e-mail and organisation are kept as erasable personal data.',
    resolve: async (_root, { input }, context) => {
      const subjectId = context.newId();
      const outcome = await runCommand(
        context,
        'RegisterParticipant',
        {
          meetingId: input.id.id,
          subjectId,
          sector: input.sector,
          name: input.name,
          ...compact({ email: input.email, organisation: input.organisation }),
        },
        input,
      );
      return { ...outcome, subjectId };
    },
  },
  {
    description: 'What `registerParticipant` returns: the meeting and the new participant.',
    outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Registration>) => ({
      ...meetingPayload.outputFields(t),
      participant: t.field({
        type: MeetingParticipantType,
        nullable: true,
        description:
          'The participant just registered; null when the idempotency key was used before (see `meeting.participants`).',
        resolve: async (outcome, _args, context) => {
          const participants = await participantsOf(
            context,
            outcome.item,
            stateOf(outcome.item, 'Meeting'),
          );
          return participants.find((p) => p.subjectId === outcome.subjectId) ?? null;
        },
      }),
    }),
  },
);

changeMutation('meeting', 'removeParticipant', {
  command: 'RemoveParticipant',
  description:
    'Remove a registered participant from a planned or held meeting; a reason is required.',
  docs: afterChangeDocs('meeting', 'removeParticipant'),
  id: briefTargetId.meeting,
  fields: (t) => ({
    subjectId: t.id({ required: true, description: 'The participant’s `subjectId`.' }),
  }),
  data: (input) => ({ meetingId: input.id.id, subjectId: String(input.subjectId) }),
});
