import { meetingKindLabels } from '@fahrplan/domain';
import { stateOf } from '../../../queries/items.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import { loadRelated } from '../../item-loader.js';
import { SuggestionConnection } from '../connections.js';
import { type ListArgs, resolveItemPage, statusArgs } from '../list.js';
import { ActionFieldType, MeetingType, SuggestionType } from '../refs.js';
import { ParticipantCountsType } from './counts.js';
import { MeetingKindEnum } from './kind.js';
import { MeetingParticipantType, participantsOf } from './participants.js';

/** A nested list travels to the moment its parent was read at. */
const atParent = (asOf: TimeTravel | undefined): Pick<ListArgs, 'asOf' | 'asOfBasis'> =>
  asOf ? { asOf: asOf.at, asOfBasis: asOf.by === 'occurred' ? 'OCCURRED' : 'RECORDED' } : {};

builder.objectFields(MeetingType, (t) => ({
  kind: t.field({
    type: MeetingKindEnum,
    description: 'Workshop, talk (Gespräch), conference or other.',
    resolve: (row) => stateOf(row, 'Meeting').kind,
  }),
  kindLabel: t.string({
    description: 'The kind in the caller’s language (Accept-Language: German or English).',
    resolve: (row, _args, { locale }) => meetingKindLabels[stateOf(row, 'Meeting').kind][locale],
  }),
  date: t.field({
    type: 'Date',
    description: 'The meeting’s own calendar date, past or future.',
    resolve: (row) => stateOf(row, 'Meeting').date,
  }),
  place: t.string({
    description: 'Where it takes place (Ort).',
    resolve: (row) => stateOf(row, 'Meeting').place,
  }),
  description: t.string({
    nullable: true,
    description: 'What it is about (Beschreibung); null if none.',
    resolve: (row) => stateOf(row, 'Meeting').description ?? null,
  }),
  summary: t.string({
    nullable: true,
    description: 'What came out of it (Zusammenfassung); only a held meeting has one.',
    resolve: (row) => {
      const meeting = stateOf(row, 'Meeting');
      return meeting.status === 'held' ? (meeting.summary ?? null) : null;
    },
  }),
  cancellationReason: t.string({
    nullable: true,
    description: 'Why it was cancelled (Absagegrund); null unless cancelled.',
    resolve: (row) => {
      const meeting = stateOf(row, 'Meeting');
      return meeting.status === 'cancelled' ? (meeting.cancellationReason ?? null) : null;
    },
  }),
  participantsBySector: t.field({
    type: ParticipantCountsType,
    description: 'Head counts per sector (Teilnehmende je Akteursgruppe), recorded once held.',
    resolve: (row) => stateOf(row, 'Meeting').participantsBySector,
  }),
  participants: t.field({
    type: [MeetingParticipantType],
    description:
      'Registered participants in order of registration; their personal details only for the team, the ministry and admins.',
    resolve: (row, _args, context) => participantsOf(context, row, stateOf(row, 'Meeting')),
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it covers.',
    resolve: (row, _args, { items }) =>
      loadRelated(items, row, 'ActionField', stateOf(row, 'Meeting').actionFieldIds),
  }),
  suggestions: t.connection(
    {
      type: SuggestionType,
      description: 'Suggestions (Vorschläge) raised at this meeting, by title.',
      args: {
        ...statusArgs(t.arg, 'Suggestion'),
      },
      resolve: (row, args, context) =>
        resolveItemPage(
          { ...args, ...atParent(row.asOf) },
          { kind: 'Suggestion', stateContains: { meetingId: row.id } },
          context,
        ),
    },
    SuggestionConnection,
  ),
}));
