import type { Sector } from '@fahrplan/domain';
import type { ItemRow, ItemStates } from '../../../queries/items.js';
import type { GraphQLContext } from '../../context.js';
import { readModelType } from '../read-model.js';
import { SectorEnum } from '../sector.js';
import { personDetailFields } from '../suggestion/submitter.js';
import { type PersonShape, peopleOf } from './people.js';

export interface ParticipantShape extends PersonShape {
  readonly sector: Sector;
}

export const MeetingParticipantType = readModelType<ParticipantShape>(
  'MeetingParticipant',
  'A registered participant (Teilnehmer*in). Name, e-mail and organisation are personal data: only the team, the ministry and admins see them.',
  {
    subjectId: {
      type: 'ID',
      description: 'The participant’s pseudonymous id: pass it to `removeParticipant`.',
    },
    sector: { type: SectorEnum, description: 'Where the participant comes from (Akteursgruppe).' },
  },
  personDetailFields,
);

/** The meeting's participants as this caller may see them, in order of registration. */
export const participantsOf = async (
  context: GraphQLContext,
  row: ItemRow,
  meeting: ItemStates['Meeting'],
): Promise<ParticipantShape[]> => {
  const people = await peopleOf(
    context,
    row,
    meeting.participants.map((p) => p.subjectId),
  );
  return meeting.participants.flatMap((participant, index) => {
    const person = people[index];
    return person ? [{ ...person, sector: participant.sector }] : [];
  });
};
