import { GraphQLError } from 'graphql';
import { SubmissionRateLimited } from '../../../consultations/submissions.js';
import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import {
  type CommandOutcome,
  changeFields,
  compact,
  createFields,
  type InputFieldBuilder,
  runCommand,
} from '../../command-mutation.js';
import { translated } from '../../errors.js';
import {
  changeMutation,
  inputOf,
  payloadOf,
  targetId,
  transitionMutation,
} from '../mutation-parts.js';
import { ActionFieldType, ConsultationType, MeetingType, SuggestionType } from '../refs.js';
import { SectorEnum } from '../sector.js';

// The ministry's and the team's changes follow the one mutation recipe (`runCommand`); the
// public's two (submit, confirm) have no account to authorise and no version to send: they run
// through `consultations/submissions.ts` (proof of work, honeypot, per-address limit, the mailed
// token) in the same `input` + payload shape.

builder.mutationField('consultationChallenge', (t) =>
  t.field({
    type: 'JSON',
    description:
      'A signed ALTCHA proof-of-work challenge for the `altcha` widget (public, no account): its solution goes with `submitToConsultation` as `proof`, once.',
    resolve: (_root, _args, context) => context.submissions.challenge(),
  }),
);

builder.relayMutationField(
  'openConsultation',
  {
    description: inputOf('openConsultation'),
    inputFields: (t) => ({
      ...createFields(t),
      title: t.string({ required: true, description: 'Its title, shown publicly.' }),
      description: t.string({ required: true, description: 'What it asks.' }),
      actionFieldId: t.globalID({
        required: false,
        for: ActionFieldType,
        description: 'The action field it is about (or a meeting).',
      }),
      meetingId: t.globalID({
        required: false,
        for: MeetingType,
        description: 'The meeting it is about (or an action field).',
      }),
      opensOn: t.field({ type: 'Date', required: true, description: 'First day (included).' }),
      closesOn: t.field({ type: 'Date', required: true, description: 'Last day (included).' }),
    }),
  },
  {
    description:
      'Open a consultation (Beteiligung) on one action field or one meeting for a period of calendar days.',
    resolve: async (_root, { input }, context) => {
      const meetingId = input.meetingId?.id;
      // A meeting's consultation belongs where the meeting does (an item's process is its action
      // fields'): it records the meeting's fields, and files what it takes in under them. An
      // unknown meeting records none; the command's reference check refuses it.
      const meeting =
        meetingId === undefined
          ? null
          : await context.items.load({ kind: 'Meeting', id: meetingId, asOf: undefined });
      return runCommand(
        context,
        'OpenConsultation',
        {
          consultationId: context.newId(),
          title: input.title,
          description: input.description,
          opensOn: input.opensOn,
          closesOn: input.closesOn,
          ...compact({
            actionFieldId: input.actionFieldId?.id,
            meetingId,
            actionFieldIds:
              meetingId === undefined
                ? undefined
                : [...(meeting ? stateOf(meeting, 'Meeting').actionFieldIds : [])],
          }),
        },
        input,
      );
    },
  },
  payloadOf('consultation', 'openConsultation'),
);

transitionMutation(
  'consultation',
  'closeConsultation',
  'CloseConsultation',
  'End a consultation before its period does.',
  (consultationId) => ({ consultationId }),
);

/** The submission a moderator's change is to. */
const submissionIdField = (t: InputFieldBuilder) =>
  t.id({ required: true, description: 'The submission within the consultation.' });

/** A moderator's change to one submission: the consultation's id and version, the submission. */
const submissionFields = (t: InputFieldBuilder) => ({
  ...changeFields(t),
  id: targetId('consultation')(t),
  submissionId: submissionIdField(t),
});

/** The outcome of an accept, with the submission it took in (to find the suggestion it became). */
type Accepted = CommandOutcome & { readonly submissionId: string };

builder.relayMutationField(
  'acceptSubmission',
  {
    description: inputOf('acceptSubmission'),
    inputFields: submissionFields,
  },
  {
    description:
      "Take a confirmed submission in as an online suggestion, raised at the consultation and filed under its action field (a meeting's consultation: the meeting's action fields when it opened).",
    resolve: async (_root, { input }, context): Promise<Accepted> => {
      const submissionId = String(input.submissionId);
      const outcome = await runCommand(
        context,
        'AcceptSubmission',
        { consultationId: input.id.id, submissionId, suggestionId: context.newId() },
        input,
      );
      return { ...outcome, submissionId };
    },
  },
  {
    ...payloadOf('consultation', 'acceptSubmission'),
    outputFields: (t) => ({
      ...payloadOf('consultation', 'acceptSubmission').outputFields(t),
      suggestion: t.field({
        type: SuggestionType,
        nullable: true,
        description: 'The suggestion the submission became (null where the caller may not see it).',
        resolve: (outcome, _args, { items }) => {
          const { item, submissionId } = outcome as Accepted;
          const id = stateOf(item, 'Consultation').submissions.find(
            (each) => each.submissionId === submissionId,
          )?.suggestionId;
          return id === undefined ? null : items.load({ kind: 'Suggestion', id, asOf: undefined });
        },
      }),
    }),
  },
);

changeMutation('consultation', 'declineSubmission', {
  command: 'DeclineSubmission',
  description:
    'Decline a confirmed submission with a `reason` (required): it is mailed to the submitter.',
  fields: (t) => ({ submissionId: submissionIdField(t) }),
  data: (input) => ({ consultationId: input.id.id, submissionId: String(input.submissionId) }),
  // A missing reason is the domain's refusal (after the role's), as for every decline.
  alsoInTransaction: (data, input, context) =>
    context.submissions.declineMailing(
      data.consultationId,
      data.submissionId,
      input.reason ?? '',
      context.now(),
    ),
});

builder.relayMutationField(
  'submitToConsultation',
  {
    description: inputOf('submitToConsultation'),
    inputFields: (t) => ({
      id: t.globalID({
        required: true,
        for: ConsultationType,
        description: 'The consultation: its global id.',
      }),
      text: t.string({ required: true, description: 'The suggestion.' }),
      sector: t.field({ type: SectorEnum, required: true, description: 'Akteursgruppe.' }),
      email: t.string({ required: true, description: 'For the confirmation link.' }),
      name: t.string({ required: false, description: 'The submitter’s name (optional).' }),
      consent: t.boolean({
        required: true,
        description: 'Consent to the consultation’s `privacyNotice` (must be true).',
      }),
      proof: t.string({ required: true, description: 'The solved `consultationChallenge`.' }),
      website: t.string({ required: false, description: 'The form’s hidden field: leave empty.' }),
    }),
  },
  {
    description:
      'Anyone’s suggestion to an open consultation (no account): needs consent to the privacy notice and a solved `consultationChallenge`; a confirmation link is mailed (double opt-in). Limited per client address (`RATE_LIMITED`, `retryAfter` seconds).',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        try {
          return await context.submissions.submit(
            {
              consultationId: input.id.id,
              text: input.text,
              sector: input.sector,
              email: input.email,
              consent: input.consent,
              locale: context.locale,
              ...compact({ name: input.name }),
            },
            {
              address: context.address,
              proof: input.proof,
              ...compact({ honeypot: input.website }),
            },
          );
        } catch (error) {
          if (!(error instanceof SubmissionRateLimited)) throw error;
          throw new GraphQLError(error.message, {
            extensions: { code: error.code, retryAfter: error.retryAfterSeconds },
          });
        }
      }),
  },
  {
    description:
      'What `submitToConsultation` returns: the submission, which counts once confirmed by the mailed link.',
    outputFields: (t) => ({
      submissionId: t.exposeID('submissionId', { description: 'The submission.' }),
      confirmBy: t.expose('confirmBy', {
        type: 'DateTime',
        description: 'Until when the mailed link confirms it.',
      }),
    }),
  },
);

builder.relayMutationField(
  'confirmSubmission',
  {
    description: inputOf('confirmSubmission'),
    inputFields: (t) => ({
      id: t.globalID({
        required: true,
        for: ConsultationType,
        description: 'The consultation: its global id.',
      }),
      submissionId: t.id({ required: true, description: 'The submission (from the link).' }),
      token: t.string({ required: true, description: 'The mailed token (from the link).' }),
    }),
  },
  {
    description:
      'The link from the confirmation mail (public): its fragment holds the submission id and, after the dot, the token.',
    resolve: (_root, { input }, context) =>
      translated(context, async () => {
        const submissionId = String(input.submissionId);
        await context.submissions.confirm(input.id.id, submissionId, input.token);
        return { submissionId };
      }),
  },
  {
    description:
      'What `confirmSubmission` returns: the confirmed submission, now waiting for the team’s decision.',
    outputFields: (t) => ({
      submissionId: t.exposeID('submissionId', { description: 'The submission.' }),
      confirmed: t.boolean({ description: 'Always true.', resolve: () => true }),
    }),
  },
);
