import { compact } from '../../command-mutation.js';
import {
  actionFieldIdsInput,
  afterChangeDocs,
  briefTargetId,
  changeMutation,
  createMutation,
  transitionMutation,
} from '../mutation-parts.js';
import { countsOf, ParticipantCountsInputType } from './counts.js';
import { MeetingKindEnum } from './kind.js';
import './participant-mutations.js';

createMutation('meeting', 'planMeeting', {
  command: 'PlanMeeting',
  description: 'Plan a meeting (Veranstaltung planen), past or future.',
  docs: afterChangeDocs('meeting', 'planMeeting'),
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title, at most 200 characters.' }),
    kind: t.field({ type: MeetingKindEnum, required: true, description: 'Kind of meeting.' }),
    date: t.field({
      type: 'Date',
      required: true,
      description: 'The meeting’s own calendar date (`2017-03-07`); past or future.',
    }),
    place: t.string({ required: true, description: 'Where (Ort), at most 200 characters.' }),
    description: t.string({ required: false, description: 'What it is about.' }),
    actionFieldIds: actionFieldIdsInput(
      t,
      'The action fields (Handlungsfelder) it covers; none if left out.',
    ),
  }),
  data: (input, context) => ({
    meetingId: context.newId(),
    title: input.title,
    kind: input.kind,
    date: input.date,
    place: input.place,
    ...compact({ description: input.description }),
    actionFieldIds: (input.actionFieldIds ?? []).map((ref) => ref.id),
  }),
});

changeMutation('meeting', 'reviseMeeting', {
  command: 'ReviseMeeting',
  description:
    'Change a planned or held meeting (überarbeiten): only the fields given; at least one must differ.',
  docs: afterChangeDocs('meeting', 'reviseMeeting'),
  id: briefTargetId.meeting,
  fields: (t) => ({
    title: t.string({ required: false, description: 'New title, at most 200 characters.' }),
    kind: t.field({ type: MeetingKindEnum, required: false, description: 'New kind.' }),
    date: t.field({ type: 'Date', required: false, description: 'New calendar date.' }),
    place: t.string({ required: false, description: 'New place (Ort).' }),
    description: t.string({ required: false, description: 'A blank text clears it.' }),
    actionFieldIds: actionFieldIdsInput(t, 'The complete new set of action fields.'),
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
  data: (input) => ({
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
  }),
});

changeMutation('meeting', 'recordMeetingHeld', {
  command: 'RecordMeetingHeld',
  description:
    'Record that a planned meeting took place (durchgeführt), with head counts and a summary; `occurredAt` is when.',
  docs: afterChangeDocs('meeting', 'recordMeetingHeld'),
  id: briefTargetId.meeting,
  fields: (t) => ({
    participantsBySector: t.field({
      type: ParticipantCountsInputType,
      required: false,
      description: 'Head counts per sector.',
    }),
    summary: t.string({ required: false, description: 'What came out of it.' }),
  }),
  data: (input) => ({
    meetingId: input.id.id,
    ...compact({
      participantsBySector: countsOf(input.participantsBySector),
      summary: input.summary,
    }),
  }),
});

transitionMutation(
  'meeting',
  'cancelMeeting',
  'CancelMeeting',
  'Cancel a planned meeting (absagen); a reason is required.',
  (meetingId) => ({ meetingId }),
);
