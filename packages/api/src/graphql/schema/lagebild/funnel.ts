import {
  type MeasureState,
  participationFunnel,
  type RecommendationState,
  type SectorFunnel,
  type SuggestionState,
} from '@fahrplan/domain';
import { itemsOfKinds } from '../../../queries/lagebild.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { SectorEnum } from '../sector.js';
import type { LagebildScope } from './scope.js';

export const SectorFunnelType = builder.objectRef<SectorFunnel>('SectorFunnel').implement({
  description:
    'How far one sector’s suggestions got (Beteiligungstrichter), at the moment asked for: captured, taken up (into a recommendation or project idea), part of an adopted recommendation, and in implementation (that recommendation’s measure started). A later stage counts in the earlier ones. Did the process listen to every group?',
  fields: (t) => ({
    sector: t.expose('sector', {
      type: SectorEnum,
      description: 'The sector (Akteursgruppe).',
    }),
    captured: t.int({
      description: 'Suggestions captured.',
      resolve: (funnel) => funnel.counts.captured,
    }),
    takenUp: t.int({
      description: 'Of those, taken up into a recommendation or project idea.',
      resolve: (funnel) => funnel.counts.taken_up,
    }),
    adopted: t.int({
      description: 'Of those, part of a recommendation the ministry adopted.',
      resolve: (funnel) => funnel.counts.adopted,
    }),
    inImplementation: t.int({
      description: 'Of those, whose measure has started (in implementation).',
      resolve: (funnel) => funnel.counts.in_implementation,
    }),
    medianDaysToTakenUp: t.float({
      nullable: true,
      description: 'Median days from capture to being taken up; null if none was.',
      resolve: (funnel) => funnel.medianDays.taken_up ?? null,
    }),
    medianDaysToAdopted: t.float({
      nullable: true,
      description: 'Median days from being taken up to the adoption; null if none was adopted.',
      resolve: (funnel) => funnel.medianDays.adopted ?? null,
    }),
    medianDaysToImplementation: t.float({
      nullable: true,
      description: 'Median days from the adoption to the measure’s start; null if none started.',
      resolve: (funnel) => funnel.medianDays.in_implementation ?? null,
    }),
  }),
});

/**
 * The funnel of the suggestions in the scope's process (and action field), followed into
 * recommendations and measures of any process (provenance crosses processes). Partners and
 * anonymous callers count only what they may see: suggestions once taken up.
 */
export const funnelOf = async (
  { filter, asOf }: LagebildScope,
  { database }: GraphQLContext,
): Promise<readonly SectorFunnel[]> => {
  const { scope, processId, actionFieldId } = filter;
  const [suggestions, followed] = await Promise.all([
    itemsOfKinds(database, ['Suggestion'], { scope, ...(processId ? { processId } : {}) }, asOf),
    itemsOfKinds(database, ['Recommendation', 'Measure'], { scope }, asOf),
  ]);
  return participationFunnel(
    {
      suggestions: suggestions.map((row) => row.state as SuggestionState),
      recommendations: followed.flatMap((row) =>
        row.kind === 'Recommendation' ? [row.state as RecommendationState] : [],
      ),
      measures: followed.flatMap((row) =>
        row.kind === 'Measure' ? [row.state as MeasureState] : [],
      ),
    },
    actionFieldId === undefined ? {} : { actionFieldId },
  );
};
