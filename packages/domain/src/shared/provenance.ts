import type { AggregateKind } from './kinds.js';

/**
 * How input flows into results. Every edge points downstream: `source` is the earlier item,
 * `target` what grew from it.
 * - raisedAt:       Meeting | Consultation → Suggestion (raised at the meeting, submitted online)
 * - derivedFrom:    Suggestion → Recommendation
 * - mergedInto:     Recommendation (merged) → Recommendation (target)
 * - splitInto:      Recommendation (original) → Recommendation (part)
 * - assignedTo:     Recommendation → Guideline
 * - adoptedFrom:    Recommendation → Measure
 * - originatesFrom: Suggestion | Recommendation | Meeting → ProjectIdea
 * - partnerOf:      Partner → ProjectIdea
 * - coversField:    ActionField → Meeting | Recommendation | Measure | ProjectIdea | Guideline |
 *                   Consultation
 */
export const PROVENANCE_RELATIONS = [
  'raisedAt',
  'derivedFrom',
  'mergedInto',
  'splitInto',
  'assignedTo',
  'adoptedFrom',
  'originatesFrom',
  'partnerOf',
  'coversField',
] as const;
export type ProvenanceRelation = (typeof PROVENANCE_RELATIONS)[number];

/** An item in the provenance graph: an aggregate, or a partner organisation (by its id). */
export interface ItemRef {
  readonly kind: AggregateKind | 'Partner';
  readonly id: string;
}

export interface ProvenanceEdge {
  readonly relation: ProvenanceRelation;
  readonly source: ItemRef;
  readonly target: ItemRef;
}

export interface ProvenanceChange {
  readonly op: 'add' | 'remove';
  readonly edge: ProvenanceEdge;
}

export const addEdge = (
  relation: ProvenanceRelation,
  source: ItemRef,
  target: ItemRef,
): ProvenanceChange => ({ op: 'add', edge: { relation, source, target } });

export const removeEdge = (
  relation: ProvenanceRelation,
  source: ItemRef,
  target: ItemRef,
): ProvenanceChange => ({ op: 'remove', edge: { relation, source, target } });

const actionField = (id: string): ItemRef => ({ kind: 'ActionField', id });

/** The item's action fields as `coversField` edges (ActionField → item), each added. */
export const coversFields = (
  actionFieldIds: readonly string[],
  item: ItemRef,
): ProvenanceChange[] => actionFieldIds.map((id) => addEdge('coversField', actionField(id), item));

/**
 * An edit of the action fields, as a revision event carries it (added and removed ids, either
 * absent when none): the removed ones' `coversField` edges go, the added ones' come.
 */
export const coversFieldsChange = (
  {
    removedActionFieldIds = [],
    addedActionFieldIds = [],
  }: {
    readonly removedActionFieldIds?: readonly string[];
    readonly addedActionFieldIds?: readonly string[];
  },
  item: ItemRef,
): ProvenanceChange[] => [
  ...removedActionFieldIds.map((id) => removeEdge('coversField', actionField(id), item)),
  ...coversFields(addedActionFieldIds, item),
];

/** The same change, from the action fields before and after the edit. */
export const coversFieldsBetween = (
  previous: readonly string[],
  next: readonly string[],
  item: ItemRef,
): ProvenanceChange[] =>
  coversFieldsChange(
    {
      removedActionFieldIds: previous.filter((id) => !next.includes(id)),
      addedActionFieldIds: next.filter((id) => !previous.includes(id)),
    },
    item,
  );
