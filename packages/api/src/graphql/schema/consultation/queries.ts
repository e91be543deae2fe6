import { calendarDateIn, type Submission } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { PRIVACY_NOTICE, PRIVACY_NOTICE_VERSION } from '../../../consultations/privacy-notice.js';
import { inProcessSql } from '../../../live/index.js';
import {
  ITEM_COLUMNS,
  type ItemRow,
  itemOf,
  type RawItemRow,
  stateOf,
} from '../../../queries/items.js';
import { personalDataOf } from '../../../queries/personal-data.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { knownProcessIdOf, PROCESS_ARG_DESCRIPTION } from '../../process-arg.js';
import { CONNECTIONS_BY_KIND } from '../connections.js';
import { type ListArgs, listArgs, resolveItemPage } from '../list.js';
import { type PersonShape, personOf } from '../meeting/people.js';
import { ActionFieldType, ConsultationType, MeetingType } from '../refs.js';
import { SectorEnum } from '../sector.js';
import { personObjectType } from '../suggestion/submitter.js';

// The visibility table keeps the kind internal, so no generic path (node, feeds, search, open
// data, webhooks) shows a consultation's row to the public: its state holds the submissions. The
// public page reads open ones through `consultations`, whose fields below are what is public
// (title, description, period, subject, privacy notice); history and provenance stay hidden by
// the visibility table, and submissions are read by moderators only.

const consultationOf = (row: ItemRow) => stateOf(row, 'Consultation');

/** Whether the caller moderates in the process: the team or the ministry there (or everywhere). */
const moderatesIn = ({ caller }: GraphQLContext, processId: string): boolean =>
  caller.grants.some(
    (grant) =>
      (grant.role === 'team' || grant.role === 'ministry') &&
      (grant.processId === null || grant.processId === processId),
  );

builder.objectFields(ConsultationType, (t) => ({
  description: t.string({
    description: 'What it asks.',
    resolve: (row) => consultationOf(row).description,
  }),
  opensOn: t.field({
    type: 'Date',
    description: 'First day (included).',
    resolve: (row) => consultationOf(row).opensOn,
  }),
  closesOn: t.field({
    type: 'Date',
    description: 'Last day (included).',
    resolve: (row) => consultationOf(row).closesOn,
  }),
  open: t.boolean({
    description:
      'Whether it is open (not closed); its period decides the days it takes submissions.',
    resolve: (row) => row.status === 'open',
  }),
  acceptsSubmissions: t.boolean({
    description:
      'Whether it takes submissions today: open, and today (in the installation’s time zone) lies in its period.',
    resolve: (row, _args, context) => {
      const { status, opensOn, closesOn } = consultationOf(row);
      const today = calendarDateIn(context.now(), context.timeZone);
      return status === 'open' && today >= opensOn && today <= closesOn;
    },
  }),
  actionField: t.field({
    type: ActionFieldType,
    nullable: true,
    description: 'The action field it is about (or null: a meeting).',
    resolve: (row, _args, { items }) => {
      const id = consultationOf(row).actionFieldId;
      return id === undefined ? null : items.load({ kind: 'ActionField', id, asOf: row.asOf });
    },
  }),
  meeting: t.field({
    type: MeetingType,
    nullable: true,
    description: 'The meeting it is about (or null: an action field).',
    resolve: (row, _args, { items }) => {
      const id = consultationOf(row).meetingId;
      return id === undefined ? null : items.load({ kind: 'Meeting', id, asOf: row.asOf });
    },
  }),
  privacyNotice: t.string({
    description:
      'The privacy notice a submitter consents to (purpose, retention, withdrawal), in the caller’s language.',
    resolve: (_row, _args, { locale }) => PRIVACY_NOTICE[locale],
  }),
  privacyNoticeVersion: t.string({
    description: 'Its version, recorded with each submission.',
    resolve: () => PRIVACY_NOTICE_VERSION,
  }),
}));

/**
 * Moderators read every consultation of a process they moderate; anyone else (and anyone about
 * another process) the open ones. The one list recipe, with the status filter narrowed.
 */
const consultationsPage = async (args: ListArgs, context: GraphQLContext) => {
  const processId = args.process ? await knownProcessIdOf(args.process, context) : undefined;
  const full =
    context.scope === 'all' ||
    (processId !== undefined &&
      context.scope.includes(processId) &&
      moderatesIn(context, processId));
  if (full) return resolveItemPage(args, { kind: 'Consultation' }, context);
  const asked = [...(args.statuses ?? []), ...(args.status ?? [])];
  const statuses = asked.length === 0 || asked.includes('open') ? ['open'] : ['none'];
  // The open ones are public by these fields alone: the row is read as the team would.
  return resolveItemPage(
    { ...args, statuses, status: null },
    { kind: 'Consultation' },
    { ...context, scope: 'all' },
  );
};

builder.queryField('consultations', (t) =>
  t.connection(
    {
      type: ConsultationType,
      description:
        'Consultations (Beteiligungen), by title: the open ones for anyone (the public page reads them, per `process`); every one to the team and the ministry of its process.',
      args: listArgs(t.arg, 'Consultation'),
      resolve: (_root, args, context) => consultationsPage(args, context),
    },
    CONNECTIONS_BY_KIND.Consultation,
  ),
);

const ConsultationSubmitterType = personObjectType(
  'ConsultationSubmitter',
  'Who submitted to a consultation: personal data, seen by the team and the ministry only.',
);

type Awaiting = Submission & { readonly consultation: ItemRow; readonly submitter: PersonShape };

const AwaitingSubmissionType = builder.objectRef<Awaiting>('AwaitingSubmission').implement({
  description: 'A confirmed submission waiting for the team’s decision.',
  fields: (t) => ({
    submissionId: t.exposeID('submissionId', {
      description: 'The submission within its consultation (`acceptSubmission`’s `submissionId`).',
    }),
    consultation: t.expose('consultation', {
      type: ConsultationType,
      description: 'Its consultation (`acceptSubmission`’s `id`).',
    }),
    text: t.exposeString('text', { description: 'The suggestion as submitted.' }),
    sector: t.expose('sector', {
      type: SectorEnum,
      description: 'Akteursgruppe.',
    }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it came in.' }),
    confirmedAt: t.field({
      type: 'DateTime',
      description: 'When the submitter confirmed it by the mailed link.',
      resolve: (submission) => submission.confirmedAt ?? submission.receivedAt,
    }),
    submitter: t.expose('submitter', {
      type: ConsultationSubmitterType,
      description: 'Who submitted it (personal data; null details once erased).',
    }),
  }),
});

builder.queryField('consultationModerationQueue', (t) =>
  t.field({
    type: [AwaitingSubmissionType],
    description:
      'The confirmed submissions to the consultations of one strategy process awaiting a decision, oldest first: for its team and the ministry (`FORBIDDEN` for others).',
    args: {
      process: t.arg.string({ required: true, description: PROCESS_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const processId = await knownProcessIdOf(args.process, context);
      if (!moderatesIn(context, processId)) {
        throw new GraphQLError(
          context.locale === 'de'
            ? 'Nur das Team und das Ministerium sehen die Einsendungen.'
            : 'Only the team and the ministry see submissions.',
          { extensions: { code: 'FORBIDDEN' } },
        );
      }
      const rows = (
        await context.database.rows<RawItemRow>(sql`
          SELECT ${ITEM_COLUMNS} FROM item_versions v
          WHERE v.kind = 'Consultation' AND v.valid_to IS NULL AND ${inProcessSql(processId)}
          ORDER BY v.id`)
      ).map(itemOf(undefined));
      const queue: Awaiting[] = [];
      for (const row of rows) {
        const consultation = consultationOf(row);
        const waiting = consultation.submissions.filter((each) => each.status === 'confirmed');
        if (waiting.length === 0) continue;
        const people = await personalDataOf(context.database, 'Consultation', row.id);
        for (const each of waiting) {
          const subject = each.submitterSubjectId;
          queue.push({
            ...each,
            consultation: row,
            submitter: personOf(subject, people.get(subject), true),
          });
        }
      }
      return queue.sort((a, b) =>
        (a.confirmedAt ?? a.receivedAt).localeCompare(b.confirmedAt ?? b.receivedAt),
      );
    },
  }),
);
