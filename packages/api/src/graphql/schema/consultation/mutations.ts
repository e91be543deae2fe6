import type { DomainCommandType } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { SubmissionRateLimited } from '../../../consultations/submissions.js';
import { builder } from '../../builder.js';
import { type CommandData, commandRoleOf, compact } from '../../command-mutation.js';
import type { GraphQLContext } from '../../context.js';
import { badArgument, translated } from '../../errors.js';
import { ActionFieldType, MeetingType } from '../refs.js';
import { SectorEnum } from '../sector.js';

// Consultations are addressed by their stream id (e.g. `bt-digital-2026`) until they have a
// node type of their own.

/** A consultation command in the role the caller holds for it (the permission table decides). */
const runConsultationCommand = <T extends DomainCommandType>(
  context: GraphQLContext,
  type: T,
  data: CommandData<T>,
) =>
  translated(context, async () => {
    const metadata = {
      actor: context.caller.actor,
      now: context.now(),
      timeZone: context.timeZone,
    };
    const role = await commandRoleOf(context, type, data, metadata);
    return context.execute({
      type,
      data: data as Record<string, unknown>,
      metadata: { ...metadata, role },
    });
  });

const ConsultationChangePayload = builder
  .objectRef<{ consultationId: string; version: number }>('ConsultationChangePayload')
  .implement({
    description: 'A consultation after a change by the ministry or the team.',
    fields: (t) => ({
      consultationId: t.exposeID('consultationId', { description: 'The consultation.' }),
      version: t.exposeInt('version', { description: 'Its stream version after the change.' }),
    }),
  });

const changed = (result: { readonly id: string; readonly version: number }) => ({
  consultationId: result.id,
  version: result.version,
});

builder.mutationField('consultationChallenge', (t) =>
  t.field({
    type: 'JSON',
    description:
      'A signed ALTCHA proof-of-work challenge for the `altcha` widget (public, no account): its solution goes with `submitToConsultation` as `proof`, once.',
    resolve: (_root, _args, context) => context.submissions.challenge(),
  }),
);

const SubmitPayload = builder
  .objectRef<{ submissionId: string; confirmBy: string }>('SubmitToConsultationPayload')
  .implement({
    description: 'A submission received: it counts once confirmed by the mailed link.',
    fields: (t) => ({
      submissionId: t.exposeID('submissionId', { description: 'The submission.' }),
      confirmBy: t.expose('confirmBy', {
        type: 'DateTime',
        description: 'Until when the mailed link confirms it.',
      }),
    }),
  });

builder.mutationField('submitToConsultation', (t) =>
  t.field({
    type: SubmitPayload,
    description:
      'Anyone’s suggestion to an open consultation (no account): needs consent to the privacy notice and a solved `consultationChallenge`; a confirmation link is mailed (double opt-in). Limited per client address (`RATE_LIMITED`, `retryAfter` seconds).',
    args: {
      consultationId: t.arg.id({ required: true, description: 'The consultation.' }),
      text: t.arg.string({ required: true, description: 'The suggestion.' }),
      sector: t.arg({ type: SectorEnum, required: true, description: 'Akteursgruppe.' }),
      email: t.arg.string({ required: true, description: 'For the confirmation link.' }),
      name: t.arg.string({ required: false, description: 'The submitter’s name (optional).' }),
      consent: t.arg.boolean({
        required: true,
        description: 'Consent to the privacy notice (must be true).',
      }),
      proof: t.arg.string({ required: true, description: 'The `altcha` widget’s payload.' }),
      website: t.arg.string({
        required: false,
        description: 'The form’s hidden field: leave empty.',
      }),
    },
    resolve: (_root, args, context) =>
      translated(context, async () => {
        try {
          return await context.submissions.submit(
            {
              consultationId: String(args.consultationId),
              text: args.text,
              sector: args.sector,
              email: args.email,
              consent: args.consent,
              locale: context.locale,
              ...compact({ name: args.name }),
            },
            { address: context.address, proof: args.proof, ...compact({ honeypot: args.website }) },
          );
        } catch (error) {
          if (!(error instanceof SubmissionRateLimited)) throw error;
          throw new GraphQLError(error.message, {
            extensions: { code: error.code, retryAfter: error.retryAfterSeconds },
          });
        }
      }),
  }),
);

builder.mutationField('confirmSubmission', (t) =>
  t.field({
    type: 'Boolean',
    nullable: false,
    description:
      'The link from the confirmation mail (public): `token` is the part of its fragment after the submission id.',
    args: {
      consultationId: t.arg.id({ required: true, description: 'The consultation.' }),
      submissionId: t.arg.id({ required: true, description: 'The submission.' }),
      token: t.arg.string({ required: true, description: 'The mailed token.' }),
    },
    resolve: (_root, args, context) =>
      translated(context, async () => {
        await context.submissions.confirm(
          String(args.consultationId),
          String(args.submissionId),
          args.token,
        );
        return true;
      }),
  }),
);

builder.mutationField('openConsultation', (t) =>
  t.field({
    type: ConsultationChangePayload,
    description:
      'Open a consultation (Beteiligung) on one action field or one meeting for a period of calendar days.',
    args: {
      title: t.arg.string({ required: true, description: 'Its title, shown publicly.' }),
      description: t.arg.string({ required: true, description: 'What it asks.' }),
      actionFieldId: t.arg.globalID({
        required: false,
        for: ActionFieldType,
        description: 'The action field it is about (or a meeting).',
      }),
      meetingId: t.arg.globalID({
        required: false,
        for: MeetingType,
        description: 'The meeting it is about (or an action field).',
      }),
      opensOn: t.arg({ type: 'Date', required: true, description: 'First day (included).' }),
      closesOn: t.arg({ type: 'Date', required: true, description: 'Last day (included).' }),
    },
    resolve: async (_root, args, context) =>
      changed(
        await runConsultationCommand(context, 'OpenConsultation', {
          consultationId: context.newId(),
          title: args.title,
          description: args.description,
          opensOn: args.opensOn,
          closesOn: args.closesOn,
          ...compact({ actionFieldId: args.actionFieldId?.id, meetingId: args.meetingId?.id }),
        }),
      ),
  }),
);

builder.mutationField('closeConsultation', (t) =>
  t.field({
    type: ConsultationChangePayload,
    description: 'End a consultation before its period does.',
    args: { consultationId: t.arg.id({ required: true, description: 'The consultation.' }) },
    resolve: async (_root, args, context) =>
      changed(
        await runConsultationCommand(context, 'CloseConsultation', {
          consultationId: String(args.consultationId),
        }),
      ),
  }),
);

const AcceptPayload = builder
  .objectRef<{ consultationId: string; version: number; suggestionId: string }>(
    'AcceptSubmissionPayload',
  )
  .implement({
    description: 'A submission taken in: the online suggestion it became.',
    fields: (t) => ({
      consultationId: t.exposeID('consultationId', { description: 'The consultation.' }),
      version: t.exposeInt('version', { description: 'Its stream version after the change.' }),
      suggestionId: t.exposeID('suggestionId', {
        description: 'The new suggestion’s global id.',
      }),
    }),
  });

builder.mutationField('acceptSubmission', (t) =>
  t.field({
    type: AcceptPayload,
    description: 'Take a confirmed submission in as an online suggestion (with its provenance).',
    args: {
      consultationId: t.arg.id({ required: true, description: 'The consultation.' }),
      submissionId: t.arg.id({ required: true, description: 'The submission.' }),
    },
    resolve: async (_root, args, context) => {
      const suggestionId = context.newId();
      const done = await runConsultationCommand(context, 'AcceptSubmission', {
        consultationId: String(args.consultationId),
        submissionId: String(args.submissionId),
        suggestionId,
      });
      return { ...changed(done), suggestionId: encodeGlobalID('Suggestion', suggestionId) };
    },
  }),
);

builder.mutationField('declineSubmission', (t) =>
  t.field({
    type: ConsultationChangePayload,
    description: 'Decline a confirmed submission; the reason is mailed to the submitter.',
    args: {
      consultationId: t.arg.id({ required: true, description: 'The consultation.' }),
      submissionId: t.arg.id({ required: true, description: 'The submission.' }),
      reason: t.arg.string({ required: true, description: 'Why (told to the submitter).' }),
    },
    resolve: (_root, args, context) =>
      translated(context, async () => {
        if (args.reason.trim() === '') {
          throw badArgument(
            'reason',
            'Bitte eine Begründung angeben: sie wird der einsendenden Person mitgeteilt.',
            'Please give a reason: it is told to the submitter.',
            context.locale,
          );
        }
        const { caller } = context;
        const consultationId = String(args.consultationId);
        const submissionId = String(args.submissionId);
        const role = await commandRoleOf(
          context,
          'DeclineSubmission',
          { consultationId, submissionId },
          { actor: caller.actor, now: context.now(), timeZone: context.timeZone },
        );
        // The permission table grants declining to the team alone.
        if (role !== 'team')
          throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
        const result = await context.submissions.decline(
          { actor: caller.actor, role },
          consultationId,
          submissionId,
          args.reason,
        );
        return changed(result);
      }),
  }),
);
