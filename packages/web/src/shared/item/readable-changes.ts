import { SECTORS } from '@fahrplan/domain';

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A bit of a shown value: text, and where it names an item, a link to it. */
export interface Piece {
  readonly text: string;
  readonly href?: string;
}

export interface ReadableChange {
  readonly field: string;
  /** Nothing (an empty list) shows as a dash. */
  readonly before: readonly Piece[];
  readonly after: readonly Piece[];
  /** Both values are texts someone wrote: a long one reads best as a word-by-word diff. */
  readonly prose: boolean;
}

/** How the screen words what the API sends as keys, ids, numbers and moments. */
export interface Show {
  readonly status: (status: string) => string;
  /** A moment or a calendar day, as a date. */
  readonly moment: (iso: string) => string;
  /** An enum code (`high`, `workshop`, `industry`, `lead`) of a field by its label, if it has one. */
  readonly code: (field: string, code: string) => string | undefined;
  /** The item a raw id names, with its link; undefined where the caller may not see it. */
  readonly item: (id: string) => Piece | undefined;
  readonly percent: (value: number) => string;
  /** How many people took part, without naming anyone. */
  readonly people: (count: number) => string;
  readonly milestone: (
    title: string,
    due: string | undefined,
    reached: string | undefined,
  ) => string;
  /** An item the caller may not see (a draft, for partners). */
  readonly hiddenItem: string;
}

const ISO_DAY_OR_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Fields whose values are ids of items, or `{ kind, id }` pairs naming them. */
const REFERENCE_FIELDS = new Set([
  'actionFieldIds',
  'derivedFrom',
  'adoptedFrom',
  'mergedInto',
  'splitFrom',
  'splitInto',
  'guidelineIds',
  'originatesFrom',
  'takenUpBy',
]);

/**
 * Fields that only identify (the item's own id, the meeting, a person, a key): the page and its
 * provenance show those with their titles.
 */
const isIdentityField = (field: string): boolean => /Id$/.test(field) || field === 'key';

type Entry = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Of two lists, only the entries that differ: a reached milestone, not the whole plan again. */
const changedEntries = (before: unknown, after: unknown): [unknown, unknown] => {
  if (!Array.isArray(before) || !Array.isArray(after)) return [before, after];
  return [
    before.filter((entry) => !after.some((other) => same(entry, other))),
    after.filter((entry) => !before.some((other) => same(entry, other))),
  ];
};

const text = (value: string): Piece => ({ text: value });

/**
 * The changes of one event as a reader wants them: identity fields left out, ids as the titles
 * of the items they name (as links), keys by their labels, moments as dates, head counts by
 * Akteursgruppe in the page's order, lists reduced to the entries that changed.
 */
export const readableChanges = (changes: readonly FieldChange[], show: Show): ReadableChange[] => {
  const scalar = (field: string, raw: string | number | boolean): Piece => {
    if (typeof raw === 'number')
      return text(field === 'progress' ? show.percent(raw) : String(raw));
    if (typeof raw === 'boolean') return text(String(raw));
    if (REFERENCE_FIELDS.has(field)) return show.item(raw) ?? text(show.hiddenItem);
    if (field === 'status') return text(show.status(raw));
    const label = show.code(field, raw);
    if (label !== undefined) return text(label);
    if (ISO_DAY_OR_MOMENT.test(raw)) return text(show.moment(raw));
    return text(raw);
  };
  const record = (field: string, entry: Entry): Piece[] => {
    if (typeof entry.kind === 'string' && typeof entry.id === 'string') {
      return [show.item(entry.id) ?? text(show.hiddenItem)];
    }
    if (typeof entry.title === 'string' && field === 'milestones') {
      const day = (value: unknown) => (typeof value === 'string' ? show.moment(value) : undefined);
      return [text(show.milestone(entry.title, day(entry.dueDate), day(entry.reachedAt)))];
    }
    const name = entry.title ?? entry.name;
    if (typeof name === 'string') {
      const role = typeof entry.role === 'string' ? show.code('role', entry.role) : undefined;
      return [text(role ? `${name} (${role})` : name)];
    }
    return Object.entries(entry)
      .filter(([key, value]) => !isIdentityField(key) && value !== null && value !== undefined)
      .flatMap(([key, value]) => pieces(key, value));
  };
  const pieces = (field: string, raw: unknown): Piece[] => {
    if (raw === null || raw === undefined || raw === '') return [];
    if (field === 'participants' && Array.isArray(raw)) return [text(show.people(raw.length))];
    if (field === 'participantsBySector' && isRecord(raw)) {
      return [
        text(
          SECTORS.map(
            (sector) => `${show.code('sector', sector)} ${Number(raw[sector] ?? 0)}`,
          ).join(' · '),
        ),
      ];
    }
    if (Array.isArray(raw)) return raw.flatMap((entry) => pieces(field, entry));
    if (isRecord(raw)) return record(field, raw);
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
      return [scalar(field, raw)];
    }
    return [];
  };
  return changes
    .filter((change) => !isIdentityField(change.field))
    .map((change) => {
      const [before, after] =
        change.field === 'milestones' || change.field === 'partners'
          ? changedEntries(change.before, change.after)
          : [change.before, change.after];
      return {
        field: change.field,
        before: pieces(change.field, before),
        after: pieces(change.field, after),
        prose: typeof change.before === 'string' && typeof change.after === 'string',
      };
    })
    .filter((change) => !same(change.before, change.after));
};
