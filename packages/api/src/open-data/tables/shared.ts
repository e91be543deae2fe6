import { type AggregateKind, type LocalizedMessage, STATUS_LABELS } from '@fahrplan/domain';
import { isPublic } from '../../visibility/rules.js';
import type { Column } from '../columns.js';
import type { PublicData } from '../public-data.js';

/** The statuses of a kind in which its items are published, with their labels. */
export const publicStatuses = (kind: AggregateKind): Readonly<Record<string, LocalizedMessage>> =>
  Object.fromEntries(
    Object.entries(STATUS_LABELS[kind]).filter(([status]) => isPublic(kind, status)),
  );

/** The ids of published items only: a reference to anything else is left out. */
export const published = (
  data: PublicData,
  kind: AggregateKind,
  ids: readonly string[],
): readonly string[] => ids.filter((id) => data.visible(kind, id));

export const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** The columns every item file starts with. */
export const itemColumns = (kind: AggregateKind, example: string) =>
  [
    {
      name: 'id',
      type: 'id',
      meaning: {
        de: 'Kennung des Eintrags, dauerhaft gleich',
        en: 'Identifier of the entry, never changes',
      },
      example,
    },
    {
      name: 'status',
      type: 'code',
      meaning: { de: 'Stand im Ablauf', en: 'Status in its lifecycle' },
      example: Object.keys(publicStatuses(kind))[0] ?? '',
      values: publicStatuses(kind),
    },
  ] as const satisfies readonly Column[];

export const ACTION_FIELD_IDS = {
  name: 'handlungsfeld_ids',
  type: 'id_list',
  meaning: {
    de: 'Kennungen der Handlungsfelder, die der Eintrag betrifft',
    en: 'Identifiers of the action fields the entry concerns',
  },
  example: 'hf-digitalisierung hf-arbeit',
} as const satisfies Column;

export const titleColumn = <E extends string>(example: E) =>
  ({ name: 'titel', type: 'text', meaning: { de: 'Titel', en: 'Title' }, example }) as const;

/** A planned period: start and end, each a day, either may be open. */
export const PLANNED_PERIOD = [
  {
    name: 'geplanter_beginn',
    type: 'date',
    meaning: { de: 'Geplanter Beginn', en: 'Planned start' },
    example: '2018-04-01',
    optional: true,
  },
  {
    name: 'geplantes_ende',
    type: 'date',
    meaning: { de: 'Geplantes Ende', en: 'Planned end' },
    example: '2030-12-31',
    optional: true,
  },
] as const satisfies readonly Column[];
