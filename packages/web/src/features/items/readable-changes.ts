import { kindOfGlobalId } from './item-redirect.js';

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

// An instant, or a calendar date (a due date, a meeting's date).
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/;

/**
 * Fields that only identify (the item's own id, a single reference such as the meeting or the
 * measure): the provenance section shows those links with their titles.
 */
const isIdentityField = (field: string): boolean => /Id$/.test(field);

/** Raw ids → titles, from the global ids (base64 of "Kind:id") of items the page knows. */
export const titlesByRawId = (
  nodes: readonly { readonly id: string; readonly title: string }[],
): ReadonlyMap<string, string> =>
  new Map(
    nodes.flatMap((node) => {
      const kind = kindOfGlobalId(node.id);
      return kind ? [[atob(node.id).slice(kind.length + 1), node.title] as const] : [];
    }),
  );

/**
 * The changes of one event as a reader wants them: identity fields left out, moments as dates,
 * ids as the titles of the items they name where known, statuses by their label.
 */
export const readableChanges = (
  changes: readonly FieldChange[],
  show: {
    readonly status: (status: string) => string;
    readonly moment: (iso: string) => string;
    readonly titles: ReadonlyMap<string, string>;
  },
): FieldChange[] => {
  const value = (field: string, raw: unknown): unknown => {
    if (Array.isArray(raw)) return raw.map((entry) => value(field, entry));
    if (typeof raw !== 'string') return raw;
    if (field === 'status') return show.status(raw);
    if (ISO_MOMENT.test(raw)) return show.moment(raw);
    return show.titles.get(raw) ?? raw;
  };
  return changes
    .filter((change) => !isIdentityField(change.field))
    .map((change) => ({
      field: change.field,
      before: value(change.field, change.before),
      after: value(change.field, change.after),
    }));
};
