import type { AggregateKind } from '@fahrplan/domain';

/** A reference a changed field holds: an item of a kind by its raw id. */
export interface Reference {
  readonly kind: AggregateKind;
  readonly id: string;
}

/** Fields whose values are ids of one kind of item. */
const REFERENCE_FIELDS: Readonly<Record<string, AggregateKind>> = {
  actionFieldIds: 'ActionField',
  derivedFrom: 'Suggestion',
  adoptedFrom: 'Recommendation',
  mergedInto: 'Recommendation',
  splitFrom: 'Recommendation',
  splitInto: 'Recommendation',
  guidelineIds: 'Guideline',
};

/** Fields whose values are `{ kind, id }` pairs (a project idea's origins, a suggestion's takers). */
const PAIR_FIELDS = new Set(['originatesFrom', 'takenUpBy']);

const isKind = (value: unknown): value is AggregateKind =>
  typeof value === 'string' && /^[A-Z][A-Za-z]+$/.test(value);

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];

/** The items a change's values name, before and after, each once. */
export const referencesOf = (change: {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}): Reference[] => {
  const values = [...asList(change.before), ...asList(change.after)];
  const kind = REFERENCE_FIELDS[change.field];
  const found: Reference[] = kind
    ? values.filter((id): id is string => typeof id === 'string').map((id) => ({ kind, id }))
    : PAIR_FIELDS.has(change.field)
      ? values.flatMap((value) => {
          const pair = (typeof value === 'object' && value !== null ? value : {}) as Record<
            string,
            unknown
          >;
          return isKind(pair.kind) && typeof pair.id === 'string'
            ? [{ kind: pair.kind, id: pair.id }]
            : [];
        })
      : [];
  const seen = new Set<string>();
  return found.filter((reference) => {
    const key = `${reference.kind}|${reference.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
