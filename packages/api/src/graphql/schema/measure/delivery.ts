import type { Confidence, LeadUnit } from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { LEAD_UNIT_SPEC } from '../event-payload/fields.js';
import { payloadObjectType } from '../event-payload/index.js';
import { HistoryEntryType } from '../history.js';
import { ConfidenceEnum } from '../lagebild/enums.js';
import { eventsOf } from '../lagebild/events.js';
import { todayOf } from '../lagebild/scope.js';
import { indicatorsAt, MeasureStatusSummaryType, summaryOf } from '../lagebild/summary.js';
import { peopleOf } from '../meeting/people.js';
import { REASON_FIELD, readModelType } from '../read-model.js';
import { IndicatorType, MeasureType } from '../refs.js';
import { personObjectType } from '../suggestion/submitter.js';

const LeadUnitType = payloadObjectType<LeadUnit>(LEAD_UNIT_SPEC);

const ResponsiblePersonType = personObjectType(
  'ResponsiblePerson',
  'The person responsible for a measure (verantwortliche Person). Name, e-mail and organisation are personal data: only the team, the ministry and admins see them; erasable (GDPR).',
);

interface ResponsibilityShape {
  readonly lead: LeadUnit;
  readonly partners: readonly string[];
  readonly responsibleSubjectId?: string;
  readonly measure: ItemRow;
}

const MeasureResponsibilityType = readModelType<ResponsibilityShape>(
  'MeasureResponsibility',
  'Who carries a measure: the lead unit (Federführung), contributing partners and, optionally, a responsible person.',
  { lead: { type: LeadUnitType, description: 'The organisation and unit that lead it.' } },
  (t) => ({
    partners: t.stringList({
      description: 'Contributing partners (mitwirkende Partner), by name.',
      resolve: (r) => [...r.partners],
    }),
    responsible: t.field({
      type: ResponsiblePersonType,
      nullable: true,
      description: 'The responsible person, if named; details only for those who may see them.',
      resolve: async ({ responsibleSubjectId, measure }, _args, context) => {
        if (responsibleSubjectId === undefined) return null;
        const [person] = await peopleOf(context, measure, [responsibleSubjectId]);
        return person ?? null;
      },
    }),
  }),
);

interface RatingShape {
  readonly rating: Confidence;
  readonly previousRating?: Confidence;
  readonly reason?: string;
  readonly ratedAt: string;
  readonly measure: ItemRow;
}

const MeasureConfidenceRatingType = readModelType<RatingShape>(
  'MeasureConfidenceRating',
  'A rating of a measure’s delivery confidence (Ampel), with its reason.',
  {
    rating: { type: ConfidenceEnum, description: 'GREEN, AMBER or RED.' },
    previousRating: {
      type: ConfidenceEnum,
      nullable: true,
      description: 'The rating before, if any (history only; null on `confidence`).',
    },
    reason: REASON_FIELD,
    ratedAt: { type: 'DateTime', description: 'When it was rated.' },
  },
);

builder.objectFields(MeasureType, (t) => ({
  responsibility: t.field({
    type: MeasureResponsibilityType,
    nullable: true,
    description:
      'Who carries it (Federführung, Partner, verantwortliche Person); null until assigned.',
    resolve: (row) => {
      const { responsibility } = stateOf(row, 'Measure');
      return responsibility === undefined ? null : { ...responsibility, measure: row };
    },
  }),
  confidence: t.field({
    type: MeasureConfidenceRatingType,
    nullable: true,
    description: 'Its delivery confidence (Ampel) as last rated; null if never rated.',
    resolve: (row) => {
      const { confidence } = stateOf(row, 'Measure');
      return confidence === undefined ? null : { ...confidence, measure: row };
    },
  }),
  confidenceHistory: t.field({
    type: [MeasureConfidenceRatingType],
    description: 'Every Ampel rating, oldest first (up to `asOf`), each with its reason.',
    resolve: async (row, _args, context) =>
      (await eventsOf(row, context)).flatMap((entry) => {
        if (entry.eventType !== 'MeasureConfidenceRated') return [];
        const data = entry.data as { confidence: Confidence; previousConfidence?: Confidence };
        return [
          {
            rating: data.confidence,
            ...(data.previousConfidence ? { previousRating: data.previousConfidence } : {}),
            ...(entry.reason ? { reason: entry.reason } : {}),
            ratedAt: entry.occurredAt,
            measure: row,
          },
        ];
      }),
  }),
  completionRequestedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description:
      'When the team asked the ministry to confirm its completion (status COMPLETION_REQUESTED); null otherwise.',
    resolve: (row) => {
      const state = stateOf(row, 'Measure');
      return state.status === 'completion_requested' ? state.completionRequestedAt : null;
    },
  }),
  completionRequest: t.field({
    type: HistoryEntryType,
    nullable: true,
    description: 'The open completion request’s event, with its evidence; null without one.',
    resolve: async (row, _args, context) =>
      stateOf(row, 'Measure').status === 'completion_requested'
        ? ((await eventsOf(row, context))
            .filter((entry) => entry.eventType === 'MeasureCompletionRequested')
            .at(-1) ?? null)
        : null,
  }),
  indicators: t.field({
    type: [IndicatorType],
    description: 'Its indicators (Kennzahlen), by title.',
    resolve: async (row, _args, context) =>
      (await indicatorsAt(context, row.asOf)).filter(
        ({ state }) => state.subject.kind === 'Measure' && state.subject.id === row.id,
      ),
  }),
  statusSummary: t.field({
    type: MeasureStatusSummaryType,
    description:
      'Is it on course for 2030? Ampel, indicators and overdue milestones combined, on the day of `asOf` (else today).',
    resolve: async (row, _args, context) =>
      summaryOf(
        row as ItemRow<'Measure'>,
        await indicatorsAt(context, row.asOf),
        todayOf(row.asOf, context),
      ),
  }),
}));
