import { compact } from '../../command-mutation.js';
import {
  actionFieldIdsInput,
  afterChangeDocs,
  briefTargetId,
  changeMutation,
  createMutation,
  transitionMutation,
} from '../mutation-parts.js';
import { MeetingType } from '../refs.js';
import { SectorEnum } from '../sector.js';
import { SuggestionChannelEnum } from './channel.js';
import { SubmitterInput } from './submitter.js';

// No mutation for TakeUpSuggestion: a recommendation or project idea takes a suggestion up as a
// follow-up of its own command (draft, link, propose).

createMutation('suggestion', 'captureSuggestion', {
  command: 'CaptureSuggestion',
  description:
    'Capture a suggestion (Vorschlag erfassen) from a meeting, by mail, online or otherwise.',
  docs: afterChangeDocs('suggestion', 'captureSuggestion'),
  fields: (t) => ({
    text: t.string({ required: true, description: 'The suggestion in its submitter’s words.' }),
    title: t.string({
      required: false,
      description: 'A short title, at most 200 characters; the text stands in if left out.',
    }),
    sector: t.field({ type: SectorEnum, required: true, description: 'Akteursgruppe.' }),
    channel: t.field({
      type: SuggestionChannelEnum,
      required: true,
      description: 'How it reached the team (Eingangskanal).',
    }),
    meetingId: t.globalID({
      required: false,
      for: MeetingType,
      description: 'The meeting it was raised at: required with channel MEETING, else not allowed.',
    }),
    actionFieldIds: actionFieldIdsInput(t, 'The action fields it concerns.'),
    submitter: t.field({
      type: SubmitterInput,
      required: false,
      description: 'Who made it (personal data, erasable).',
    }),
  }),
  data: (input, context) => {
    const { submitter } = input;
    return {
      suggestionId: context.newId(),
      text: input.text,
      sector: input.sector,
      channel: input.channel,
      ...compact({
        title: input.title,
        meetingId: input.meetingId?.id,
        actionFieldIds: input.actionFieldIds?.map((ref) => ref.id),
      }),
      ...(submitter
        ? {
            submitter: {
              subjectId: context.newId(),
              name: submitter.name,
              ...compact({ email: submitter.email, organisation: submitter.organisation }),
            },
          }
        : {}),
    };
  },
});

changeMutation('suggestion', 'reviseSuggestion', {
  command: 'ReviseSuggestion',
  description:
    'Change a suggestion’s text, title, sector or action fields (überarbeiten): only the fields given; at least one must differ.',
  docs: afterChangeDocs('suggestion', 'reviseSuggestion'),
  id: briefTargetId.suggestion,
  fields: (t) => ({
    text: t.string({ required: false, description: 'New text, at most 20,000 characters.' }),
    title: t.string({ required: false, description: 'A blank title clears it.' }),
    sector: t.field({ type: SectorEnum, required: false, description: 'New sector.' }),
    actionFieldIds: actionFieldIdsInput(t, 'The complete new set of action fields.'),
  }),
  data: (input) => ({
    suggestionId: input.id.id,
    ...compact({
      text: input.text,
      title: input.title,
      sector: input.sector,
      actionFieldIds: input.actionFieldIds?.map((ref) => ref.id),
    }),
  }),
});

transitionMutation(
  'suggestion',
  'declineSuggestion',
  'DeclineSuggestion',
  'Decline a captured suggestion (ablehnen): it is not taken further; a reason is required.',
  (suggestionId) => ({ suggestionId }),
);

transitionMutation(
  'suggestion',
  'reopenSuggestion',
  'ReopenSuggestion',
  'Reopen a declined suggestion (wieder aufnehmen): captured again; a reason is required.',
  (suggestionId) => ({ suggestionId }),
);
