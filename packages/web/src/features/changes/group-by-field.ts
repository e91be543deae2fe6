export interface Grouped<T> {
  readonly fieldId: string | null;
  readonly fieldTitle: string | null;
  readonly items: T[];
}

/**
 * Groups the API's list (already ordered by action field, newest change first) into one group
 * per action field, keeping that order; items without one come last.
 */
export const groupByActionField = <
  T extends { readonly actionField: { readonly id: string; readonly title: string } | null },
>(
  changes: readonly T[],
): Grouped<T>[] => {
  const groups = new Map<string | null, Grouped<T>>();
  for (const change of changes) {
    const id = change.actionField?.id ?? null;
    const group = groups.get(id) ?? {
      fieldId: id,
      fieldTitle: change.actionField?.title ?? null,
      items: [],
    };
    group.items.push(change);
    groups.set(id, group);
  }
  const withField = [...groups.values()].filter((group) => group.fieldId !== null);
  const without = groups.get(null);
  return without ? [...withField, without] : withField;
};
