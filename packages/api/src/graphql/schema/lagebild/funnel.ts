import {
  type FunnelStage,
  type MeasureState,
  participationFunnel,
  type RecommendationState,
  type SectorFunnel,
  type SuggestionState,
} from '@fahrplan/domain';
import { itemsOfKinds } from '../../../queries/lagebild.js';
import type { GraphQLContext } from '../../context.js';
import { readModelType } from '../read-model.js';
import { SectorEnum } from '../sector.js';
import type { LagebildScope } from './scope.js';

/** The stages after capture: each has its count and the median days it took to reach it. */
const LATER_STAGES = [
  {
    stage: 'taken_up',
    count: ['takenUp', 'Of those, taken up into a recommendation or project idea.'],
    median: [
      'medianDaysToTakenUp',
      'Median days from capture to being taken up; null if none was.',
    ],
  },
  {
    stage: 'adopted',
    count: ['adopted', 'Of those, part of a recommendation the ministry adopted.'],
    median: [
      'medianDaysToAdopted',
      'Median days from being taken up to the adoption; null if none was adopted.',
    ],
  },
  {
    stage: 'in_implementation',
    count: ['inImplementation', 'Of those, whose measure has started (in implementation).'],
    median: [
      'medianDaysToImplementation',
      'Median days from the adoption to the measure’s start; null if none started.',
    ],
  },
] as const satisfies readonly {
  stage: Exclude<FunnelStage, 'captured'>;
  count: readonly [string, string];
  median: readonly [string, string];
}[];

export const SectorFunnelType = readModelType<SectorFunnel>(
  'SectorFunnel',
  'How far one sector’s suggestions got (Beteiligungstrichter), at the moment asked for: captured, taken up (into a recommendation or project idea), part of an adopted recommendation, and in implementation (that recommendation’s measure started). A later stage counts in the earlier ones. Did the process listen to every group?',
  { sector: { type: SectorEnum, description: 'The sector (Akteursgruppe).' } },
  (t) => ({
    captured: t.int({
      description: 'Suggestions captured.',
      resolve: (funnel) => funnel.counts.captured,
    }),
    ...Object.fromEntries(
      LATER_STAGES.flatMap(({ stage, count, median }) => [
        [count[0], t.int({ description: count[1], resolve: (funnel) => funnel.counts[stage] })],
        [
          median[0],
          t.float({
            nullable: true,
            description: median[1],
            resolve: (funnel) => funnel.medianDays[stage] ?? null,
          }),
        ],
      ]),
    ),
  }),
);

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
