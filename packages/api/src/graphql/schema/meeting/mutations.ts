import { builder } from '../../builder.js';
import {
  changeFields,
  compact,
  createFields,
  itemPayload,
  runCommand,
} from '../../command-mutation.js';
import { transitionMutation } from '../mutation-parts.js';
import { ActionFieldType, MeetingType } from '../refs.js';
import { countsOf, ParticipantCountsInputType } from './counts.js';
import { MeetingKindEnum } from './kind.js';
import './participant-mutations.js';

builder.relayMutationField(
  'planMeeting',
  {
    description: 'Input of `planMeeting`.',
    inputFields: (t) => ({
      ...createFields(t),
      title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
      kind: t.field({ type: MeetingKindEnum, required: true, description: 'Kind of meeting.' }),
      date: t.field({
        type: 'Date',
        required: true,
        description: 'The meeting’s own calendar date (`2017-03-07`); past or future.',
      }),
      place: t.string({ required: true, description: 'Where (Ort), at most 200 characters.' }),
      description: t.string({ required: false, description: 'What it is about.' }),
      actionFieldIds: t.globalIDList({
        required: false,
        for: ActionFieldType,
        description: 'The action fields (Handlungsfelder) it covers; none if left out.',
      }),
    }),
  },
  {
    description: 'Plan a meeting (Veranstaltung planen), past or future.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'PlanMeeting',
        {
          meetingId: context.newId(),
          title: input.title,
          kind: input.kind,
          date: input.date,
          place: input.place,
          ...compact({ description: input.description }),
          actionFieldIds: (input.actionFieldIds ?? []).map((ref) => ref.id),
        },
        input,
      ),
  },
  {
    ...itemPayload('meeting', MeetingType),
    description: 'What `planMeeting` returns: the meeting after the change.',
  },
);

builder.relayMutationField(
  'reviseMeeting',
  {
    description: 'Input of `reviseMeeting`.',
    inputFields: (t) => ({
      ...changeFields(t),
      id: t.globalID({ required: true, for: MeetingType, description: 'The meeting.' }),
      title: t.string({ required: false, description: 'New title, at most 200 characters.' }),
      kind: t.field({ type: MeetingKindEnum, required: false, description: 'New kind.' }),
      date: t.field({ type: 'Date', required: false, description: 'New calendar date.' }),
      place: t.string({ required: false, description: 'New place (Ort).' }),
      description: t.string({ required: false, description: 'A blank text clears it.' }),
      actionFieldIds: t.globalIDList({
        required: false,
        for: ActionFieldType,
        description: 'The complete new set of action fields.',
      }),
      participantsBySector: t.field({
        type: ParticipantCountsInputType,
        required: false,
        description: 'Corrected head counts (held meetings only).',
      }),
      summary: t.string({
        required: false,
        description: 'Summary (held meetings only); a blank text clears it.',
      }),
    }),
  },
  {
    description:
      'Change a planned or held meeting (überarbeiten): only the fields given; at least one must differ.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'ReviseMeeting',
        {
          meetingId: input.id.id,
          ...compact({
            title: input.title,
            kind: input.kind,
            date: input.date,
            place: input.place,
            description: input.description,
            actionFieldIds: input.actionFieldIds?.map((ref) => ref.id),
            participantsBySector: countsOf(input.participantsBySector),
            summary: input.summary,
          }),
        },
        input,
      ),
  },
  {
    ...itemPayload('meeting', MeetingType),
    description: 'What `reviseMeeting` returns: the meeting after the change.',
  },
);

builder.relayMutationField(
  'recordMeetingHeld',
  {
    description: 'Input of `recordMeetingHeld`.',
    inputFields: (t) => ({
      ...changeFields(t),
      id: t.globalID({ required: true, for: MeetingType, description: 'The meeting.' }),
      participantsBySector: t.field({
        type: ParticipantCountsInputType,
        required: false,
        description: 'Head counts per sector.',
      }),
      summary: t.string({ required: false, description: 'What came out of it.' }),
    }),
  },
  {
    description:
      'Record that a planned meeting took place (durchgeführt), with head counts and a summary; `occurredAt` is when.',
    resolve: (_root, { input }, context) =>
      runCommand(
        context,
        'RecordMeetingHeld',
        {
          meetingId: input.id.id,
          ...compact({
            participantsBySector: countsOf(input.participantsBySector),
            summary: input.summary,
          }),
        },
        input,
      ),
  },
  {
    ...itemPayload('meeting', MeetingType),
    description: 'What `recordMeetingHeld` returns: the meeting after the change.',
  },
);

transitionMutation(
  'meeting',
  'cancelMeeting',
  'CancelMeeting',
  'Cancel a planned meeting (absagen); a reason is required.',
  (meetingId) => ({ meetingId }),
);
