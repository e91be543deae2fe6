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

/** An aggregate's `provenanceOf`: the edges one of its events adds or removes. */
export type ProvenanceOf<E> = (event: E, itemId: string) => readonly ProvenanceChange[];

/**
 * The `provenanceOf` of an item of `kind`, written against the item's own ref (`self`): the end
 * of the edges its events draw.
 */
export const provenanceOfItem =
  <E>(
    kind: AggregateKind,
    edges: (event: E, self: ItemRef) => readonly ProvenanceChange[],
  ): ProvenanceOf<E> =>
  (event, itemId) =>
    edges(event, { kind, id: itemId });

/**
 * A revision that carries the action fields before and after the edit (both, or neither when
 * they did not change): the `coversField` edges between the two.
 */
export const coversFieldsRevised = (
  {
    actionFieldIds,
    previousActionFieldIds,
  }: {
    readonly actionFieldIds?: readonly string[];
    readonly previousActionFieldIds?: readonly string[];
  },
  item: ItemRef,
): ProvenanceChange[] =>
  actionFieldIds === undefined || previousActionFieldIds === undefined
    ? []
    : coversFieldsBetween(previousActionFieldIds, actionFieldIds, item);
