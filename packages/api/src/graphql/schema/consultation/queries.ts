import type { ExistingConsultation, Submission } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { personalDataOf } from '../../../queries/personal-data.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { type PersonShape, personOf } from '../meeting/people.js';
import { SectorEnum } from '../sector.js';
import { personObjectType } from '../suggestion/submitter.js';

// The visibility table keeps the kind internal, so no generic path (feeds, search, open data,
// webhooks) ever shows a consultation's row, which holds its submissions. These resolvers pick
// what is public by hand: an open consultation's title, description and period.

/** Whether the caller moderates: the team or the ministry (somewhere). */
const moderates = ({ caller }: GraphQLContext): boolean =>
  caller.grants.some((grant) => grant.role === 'team' || grant.role === 'ministry');

const ConsultationType = builder.objectRef<ExistingConsultation>('Consultation').implement({
  description:
    'A consultation (Beteiligung): anyone reads an open one; closed ones only the team and the ministry.',
  fields: (t) => ({
    id: t.exposeID('consultationId', { description: 'Its id (the mutations’ `consultationId`).' }),
    title: t.exposeString('title', { description: 'Title.' }),
    description: t.exposeString('description', { description: 'What it asks.' }),
    opensOn: t.expose('opensOn', { type: 'Date', description: 'First day (included).' }),
    closesOn: t.expose('closesOn', { type: 'Date', description: 'Last day (included).' }),
    open: t.boolean({
      description: 'Whether it takes submissions (not closed; its period decides the days).',
      resolve: (consultation) => consultation.status === 'open',
    }),
  }),
});

const consultationsIn = async (context: GraphQLContext): Promise<ExistingConsultation[]> => {
  const rows = await context.database.rows<{ state: ExistingConsultation }>(sql`
    SELECT state FROM item_versions
    WHERE kind = 'Consultation' AND valid_to IS NULL ORDER BY id`);
  const all = rows.map((row) => row.state);
  return moderates(context) ? all : all.filter((each) => each.status === 'open');
};

builder.queryField('consultations', (t) =>
  t.field({
    type: [ConsultationType],
    description:
      'Consultations: open ones for anyone (the public page reads them), all for the team and the ministry.',
    resolve: (_root, _args, context) => consultationsIn(context),
  }),
);

const ConsultationSubmitterType = personObjectType(
  'ConsultationSubmitter',
  'Who submitted to a consultation: personal data, seen by the team and the ministry only.',
);

type Awaiting = Submission & { readonly consultationId: string; readonly submitter: PersonShape };

const AwaitingSubmissionType = builder.objectRef<Awaiting>('AwaitingSubmission').implement({
  description: 'A confirmed submission waiting for the team’s decision.',
  fields: (t) => ({
    id: t.exposeID('submissionId', { description: 'The mutations’ `submissionId`.' }),
    consultationId: t.exposeID('consultationId', { description: 'Its consultation.' }),
    text: t.exposeString('text', { description: 'The suggestion as submitted.' }),
    sector: t.field({
      type: SectorEnum,
      description: 'Akteursgruppe.',
      resolve: (submission) => submission.sector,
    }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it came in.' }),
    submitter: t.field({
      type: ConsultationSubmitterType,
      description: 'Who submitted it (personal data; null details once erased).',
      resolve: (submission) => submission.submitter,
    }),
  }),
});

builder.queryField('consultationModerationQueue', (t) =>
  t.field({
    type: [AwaitingSubmissionType],
    description:
      'Confirmed submissions awaiting a decision, oldest first (team and ministry only; `FORBIDDEN` for others).',
    resolve: async (_root, _args, context) => {
      if (!moderates(context)) {
        throw new GraphQLError(
          context.locale === 'de'
            ? 'Nur das Team und das Ministerium sehen die Einsendungen.'
            : 'Only the team and the ministry see submissions.',
          { extensions: { code: 'FORBIDDEN' } },
        );
      }
      const queue: Awaiting[] = [];
      for (const consultation of await consultationsIn(context)) {
        const waiting = consultation.submissions.filter((each) => each.status === 'confirmed');
        if (waiting.length === 0) continue;
        const people = await personalDataOf(
          context.database,
          'Consultation',
          consultation.consultationId,
        );
        for (const each of waiting) {
          const subject = each.submitterSubjectId;
          queue.push({
            ...each,
            consultationId: consultation.consultationId,
            submitter: personOf(subject, people.get(subject), true),
          });
        }
      }
      return queue.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
  }),
);
