import type { LocalizedMessage } from '@fahrplan/domain';

/**
 * The value types of the open-data files, as the data dictionary names them. Lists are arrays
 * in JSON; in CSV, ids are separated by a space (ids hold none) and texts by ` | `.
 */
export const COLUMN_TYPES = {
  text: { de: 'Text', en: 'text' },
  id: { de: 'Kennung (ID)', en: 'identifier (ID)' },
  id_list: {
    de: 'Liste von Kennungen, durch Leerzeichen getrennt (leer: keine)',
    en: 'list of identifiers, separated by spaces (empty: none)',
  },
  text_list: {
    de: 'Liste von Texten, durch „ | “ getrennt (leer: keine)',
    en: 'list of texts, separated by " | " (empty: none)',
  },
  code: { de: 'Schlüsselwert (fester Wertebereich)', en: 'code (fixed set of values)' },
  integer: { de: 'Ganze Zahl', en: 'integer' },
  decimal: { de: 'Dezimalzahl mit Punkt', en: 'decimal number with a point' },
  date: { de: 'Datum (JJJJ-MM-TT)', en: 'date (YYYY-MM-DD)' },
  datetime: { de: 'Zeitpunkt (ISO 8601, UTC)', en: 'moment (ISO 8601, UTC)' },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

export type ColumnType = keyof typeof COLUMN_TYPES;

/** One value of a row, as JSON holds it; `null` where the item has none. */
export type Value = string | number | readonly string[] | null;

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly meaning: LocalizedMessage;
  /** A value as the file may hold it (as in CSV). */
  readonly example: string;
  /** May be empty (JSON `null`). */
  readonly optional?: boolean;
  /** A code column's values and what they mean. */
  readonly values?: Readonly<Record<string, LocalizedMessage>>;
}

/** One file of a process's open data: its columns and how its rows are made. */
export interface Table<Data> {
  /** The file name without extension, e.g. `massnahmen`. */
  readonly name: string;
  readonly title: LocalizedMessage;
  readonly description: LocalizedMessage;
  readonly columns: readonly Column[];
  readonly rows: (data: Data) => readonly Readonly<Record<string, Value>>[];
}

/**
 * A table whose rows must hold exactly its columns: a column without a value, or a value
 * without a column, is a compile error, so the dictionary and the files cannot drift apart.
 */
export const table =
  <Data>() =>
  <const C extends readonly Column[]>(spec: {
    readonly name: string;
    readonly title: LocalizedMessage;
    readonly description: LocalizedMessage;
    readonly columns: C;
    readonly rows: (data: Data) => readonly { readonly [K in C[number]['name']]: Value }[];
  }): Table<Data> =>
    spec;

/** A value as a CSV cell: empty for none, lists joined, numbers with a decimal point. */
export const cellOf = (value: Value, type: ColumnType): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.join(type === 'id_list' ? ' ' : ' | ');
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ID = /^\S+$/;

/** Whether a CSV cell holds a value of the type (an empty cell: only where optional). */
export const parsesAs = (cell: string, column: Column): boolean => {
  // An empty list is a list: no cell of a list column is ever missing.
  if (cell === '') return column.optional === true || column.type.endsWith('_list');
  switch (column.type) {
    case 'text':
    case 'text_list':
      return true;
    case 'id':
      return ID.test(cell);
    case 'code':
      return column.values === undefined || Object.hasOwn(column.values, cell);
    case 'id_list':
      return cell.split(' ').every((id) => ID.test(id));
    case 'integer':
      return /^-?\d+$/.test(cell);
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(cell);
    case 'date':
      return DATE.test(cell) && !Number.isNaN(Date.parse(cell));
    case 'datetime':
      return DATETIME.test(cell) && !Number.isNaN(Date.parse(cell));
    default: {
      const unknown: never = column.type;
      return unknown;
    }
  }
};
