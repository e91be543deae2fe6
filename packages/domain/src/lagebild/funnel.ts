import type { MeasureState } from '../measure/index.js';
import type { RecommendationState } from '../recommendation/index.js';
import { SECTORS, type Sector } from '../shared/index.js';
import type { SuggestionState } from '../suggestion/index.js';

/**
 * The stages a suggestion can reach: captured, taken up (into a recommendation or project idea),
 * part of an adopted recommendation (one derived from it), and in implementation (that
 * recommendation's measure has started; adoption plans a measure at once, so „planned“ would
 * tell nothing new).
 */
export const FUNNEL_STAGES = ['captured', 'taken_up', 'adopted', 'in_implementation'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface SectorFunnel {
  readonly sector: Sector;
  /** How many suggestions of the sector reached each stage (a later stage counts in the earlier). */
  readonly counts: Readonly<Record<FunnelStage, number>>;
  /**
   * Median days from the previous stage to each later one, over the suggestions that reached it
   * with both times known; absent when none did.
   */
  readonly medianDays: Readonly<Partial<Record<Exclude<FunnelStage, 'captured'>, number>>>;
}

export interface FunnelInput {
  readonly suggestions: readonly SuggestionState[];
  readonly recommendations: readonly RecommendationState[];
  readonly measures: readonly MeasureState[];
}

const DAY_MS = 86_400_000;

const daysFrom = (from: string | undefined, to: string | undefined): number | undefined =>
  from === undefined || to === undefined ? undefined : (Date.parse(to) - Date.parse(from)) / DAY_MS;

const median = (values: readonly number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
};

const earliest = (instants: readonly string[]): string | undefined =>
  instants.reduce<string | undefined>(
    (first, each) => (first === undefined || Date.parse(each) < Date.parse(first) ? each : first),
    undefined,
  );

/**
 * Did the process listen to every group? Per sector: how far its suggestions got and how long
 * each stage took, from the states at a moment (pass them as of `asOf` for then). With
 * `actionFieldId`, only suggestions filed under that action field count.
 *
 * @example participationFunnel({ suggestions, recommendations, measures })[0].counts.adopted
 */
export const participationFunnel = (
  { suggestions, recommendations, measures }: FunnelInput,
  { actionFieldId }: { readonly actionFieldId?: string } = {},
): readonly SectorFunnel[] => {
  const adoptedFrom = new Map<string, { adoptedAt: string; measureId: string }[]>();
  for (const each of recommendations) {
    if (each.status !== 'adopted') continue;
    for (const suggestionId of each.derivedFrom) {
      const list = adoptedFrom.get(suggestionId) ?? [];
      list.push({ adoptedAt: each.adoptedAt, measureId: each.measureId });
      adoptedFrom.set(suggestionId, list);
    }
  }
  const startedAt = new Map<string, string>();
  for (const each of measures) {
    if (each.status !== 'empty' && each.startedAt !== undefined) {
      startedAt.set(each.measureId, each.startedAt);
    }
  }
  return SECTORS.map((sector) => {
    const counts = { captured: 0, taken_up: 0, adopted: 0, in_implementation: 0 };
    const toTakenUp: number[] = [];
    const toAdopted: number[] = [];
    const toImplementation: number[] = [];
    for (const suggestion of suggestions) {
      if (suggestion.status === 'empty' || suggestion.sector !== sector) continue;
      if (actionFieldId !== undefined && !suggestion.actionFieldIds.includes(actionFieldId))
        continue;
      counts.captured += 1;
      if (suggestion.takenUpBy.length === 0) continue;
      counts.taken_up += 1;
      const takenUp = daysFrom(suggestion.capturedAt, suggestion.takenUpAt);
      if (takenUp !== undefined) toTakenUp.push(takenUp);
      const adoptions = adoptedFrom.get(suggestion.suggestionId) ?? [];
      const adoptedAt = earliest(adoptions.map((each) => each.adoptedAt));
      if (adoptedAt === undefined) continue;
      counts.adopted += 1;
      const adopted = daysFrom(suggestion.takenUpAt, adoptedAt);
      if (adopted !== undefined) toAdopted.push(adopted);
      const started = earliest(adoptions.flatMap((each) => startedAt.get(each.measureId) ?? []));
      if (started === undefined) continue;
      counts.in_implementation += 1;
      const implementation = daysFrom(adoptedAt, started);
      if (implementation !== undefined) toImplementation.push(implementation);
    }
    const medians = {
      taken_up: median(toTakenUp),
      adopted: median(toAdopted),
      in_implementation: median(toImplementation),
    };
    return {
      sector,
      counts,
      medianDays: Object.fromEntries(
        Object.entries(medians).filter(([, value]) => value !== undefined),
      ) as SectorFunnel['medianDays'],
    };
  });
};
