import type { LocalizedMessage } from '@fahrplan/domain';
import { problem, type SheetProblem } from './problems.js';

/** How a column's cells are typed in a workbook (and read back). */
export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'datetime' | 'yes-no' | 'list';

/**
 * One column of a spreadsheet, for export, template and import alike: the German header is what
 * the user sees and what the import looks for (English and a few spellings are accepted too).
 */
export interface SheetColumn {
  readonly key: string;
  readonly header: LocalizedMessage;
  readonly type: ColumnType;
  /** What belongs in it: the template's notes, and the open data's dictionary later. */
  readonly meaning: LocalizedMessage;
  readonly example?: string;
  /** Further headers the import accepts (lower case). */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Exported for reference; the import reads it only to recognise the row. */
  readonly readOnly?: boolean;
  /** Personal data: left out entirely for callers who may not see it. */
  readonly personal?: boolean;
  readonly width?: number;
}

const column = (definition: SheetColumn): SheetColumn => definition;

/** Suggestions of a meeting (Vorschläge): the workshop protocol's columns. */
export const SUGGESTION_COLUMNS = [
  column({
    key: 'id',
    header: { de: 'ID', en: 'ID' },
    type: 'text',
    readOnly: true,
    meaning: {
      de: 'Kennung des Vorschlags; leer bei neuen Zeilen. Zeilen mit bekannter ID werden nicht erneut angelegt.',
      en: 'The suggestion’s id; empty for new rows. Rows with a known id are not created again.',
    },
    width: 38,
  }),
  column({
    key: 'title',
    header: { de: 'Titel', en: 'Title' },
    type: 'text',
    meaning: {
      de: 'Kurzer Titel, höchstens 200 Zeichen; sonst steht der Text für sich.',
      en: 'A short title, at most 200 characters; else the text stands for itself.',
    },
    example: 'Förderlotsen für kleine Betriebe',
    width: 36,
  }),
  column({
    key: 'text',
    header: { de: 'Text', en: 'Text' },
    type: 'text',
    required: true,
    aliases: ['vorschlag', 'beschreibung'],
    meaning: {
      de: 'Der Vorschlag in den Worten der Einreichenden, höchstens 20.000 Zeichen.',
      en: 'The suggestion in its submitter’s words, at most 20,000 characters.',
    },
    example: 'Kleine Betriebe finden die passenden Förderprogramme nicht; Lotsen vor Ort helfen.',
    width: 60,
  }),
  column({
    key: 'sector',
    header: { de: 'Sektor', en: 'Sector' },
    type: 'text',
    required: true,
    aliases: ['akteursgruppe'],
    meaning: {
      de: 'Akteursgruppe: Wirtschaft, Wissenschaft, Gesellschaft oder Verwaltung.',
      en: 'Sector: industry, science, society or administration (German names accepted).',
    },
    example: 'Wirtschaft',
    width: 16,
  }),
  column({
    key: 'actionFields',
    header: { de: 'Handlungsfelder', en: 'Action fields' },
    type: 'list',
    aliases: ['handlungsfeld'],
    meaning: {
      de: 'Titel oder IDs der Handlungsfelder, mit Semikolon oder Zeilenumbruch getrennt.',
      en: 'Titles or ids of the action fields, separated by semicolons or line breaks.',
    },
    example: 'hf-digitalisierung',
    width: 30,
  }),
  column({
    key: 'channel',
    header: { de: 'Kanal', en: 'Channel' },
    type: 'text',
    aliases: ['eingangskanal'],
    meaning: {
      de: 'Eingangskanal: Veranstaltung (Vorgabe, wenn leer), Post/E-Mail, Online oder Sonstige.',
      en: 'Channel: meeting (the default if empty), mail, online or other.',
    },
    example: 'Veranstaltung',
    width: 16,
  }),
  column({
    key: 'submitter',
    header: { de: 'Einreicher/in', en: 'Submitter' },
    type: 'text',
    personal: true,
    aliases: ['einreicher*in', 'einreicherin', 'einreicher', 'einreicher:in', 'name'],
    meaning: {
      de: 'Name der Person (personenbezogen; nur mit Einwilligung).',
      en: 'The person’s name (personal data; only with consent).',
    },
    example: 'Erika Mustermann',
    width: 24,
  }),
  column({
    key: 'email',
    header: { de: 'E-Mail', en: 'E-mail' },
    type: 'text',
    personal: true,
    aliases: ['email', 'e-mail-adresse'],
    meaning: {
      de: 'E-Mail-Adresse der Person (personenbezogen; nur mit Einwilligung).',
      en: 'The person’s e-mail address (personal data; only with consent).',
    },
    width: 28,
  }),
  column({
    key: 'organisation',
    header: { de: 'Organisation', en: 'Organisation' },
    type: 'text',
    personal: true,
    aliases: ['organization', 'institution'],
    meaning: {
      de: 'Organisation der Person (personenbezogen; nur mit Einwilligung).',
      en: 'The person’s organisation (personal data; only with consent).',
    },
    width: 24,
  }),
  column({
    key: 'consent',
    header: { de: 'Einwilligung', en: 'Consent' },
    type: 'yes-no',
    personal: true,
    meaning: {
      de: '„ja“, wenn die Person der Speicherung ihrer Angaben zugestimmt hat; ohne „ja“ keine Angaben zur Person.',
      en: '“ja” (yes) if the person agreed to their details being kept; without it no personal details.',
    },
    example: 'ja',
    width: 14,
  }),
  column({
    key: 'status',
    header: { de: 'Status', en: 'Status' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Bearbeitungsstand (nur Export).', en: 'Status (export only).' },
    width: 18,
  }),
  column({
    key: 'capturedAt',
    header: { de: 'Erfasst am', en: 'Captured at' },
    type: 'datetime',
    readOnly: true,
    meaning: { de: 'Wann erfasst (nur Export).', en: 'When captured (export only).' },
    width: 20,
  }),
] as const satisfies readonly SheetColumn[];

/**
 * The first columns of a sheet whose rows change items: the item's id, its version when exported
 * (an import refuses a changed row whose item has moved on since) and its title, for orientation.
 */
const changedItemColumns = (item: {
  /** The title's key; the id's is `<key>Id`. */
  readonly key: string;
  readonly header: LocalizedMessage;
  /** The item in the genitive, as the descriptions start: `der Maßnahme`, `The measure’s`. */
  readonly of: LocalizedMessage;
  readonly idAliases?: readonly string[];
  readonly titleWidth: number;
}): SheetColumn[] => [
  column({
    key: `${item.key}Id`,
    header: { de: `${item.header.de}-ID`, en: `${item.header.en} id` },
    type: 'text',
    required: true,
    ...(item.idAliases ? { aliases: item.idAliases } : {}),
    readOnly: true,
    meaning: { de: `Kennung ${item.of.de}.`, en: `${item.of.en} id.` },
    width: 38,
  }),
  column({
    key: 'version',
    header: { de: 'Version', en: 'Version' },
    type: 'integer',
    required: true,
    readOnly: true,
    meaning: {
      de: `Stand ${item.of.de} beim Export: nicht ändern. Hat sie sich seither geändert, ist eine geänderte Zeile ein Konflikt.`,
      en: `${item.of.en} version when exported: do not edit. Has it changed since, an edited row is a conflict.`,
    },
    width: 10,
  }),
  column({
    key: item.key,
    header: item.header,
    type: 'text',
    readOnly: true,
    meaning: { de: `Titel ${item.of.de} (nur zur Orientierung).`, en: `${item.of.en} title.` },
    width: item.titleWidth,
  }),
];

/**
 * Measures and their milestones, one sheet: a row without milestone id is the measure (its
 * progress), a row with one is that milestone (due date, reached). The version is the measure's
 * when exported: an import refuses a changed row whose measure has moved on since.
 */
export const MEASURE_COLUMNS = [
  ...changedItemColumns({
    key: 'measure',
    header: { de: 'Maßnahme', en: 'Measure' },
    of: { de: 'der Maßnahme', en: 'The measure’s' },
    idAliases: ['massnahme-id'],
    titleWidth: 40,
  }),
  column({
    key: 'status',
    header: { de: 'Status', en: 'Status' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Status der Maßnahme (nur Export).', en: 'The measure’s status.' },
    width: 18,
  }),
  column({
    key: 'progress',
    header: { de: 'Fortschritt (%)', en: 'Progress (%)' },
    type: 'integer',
    aliases: ['fortschritt'],
    meaning: {
      de: 'Fortschritt der Maßnahme in Prozent, 0–100 (nur in Zeilen ohne Meilenstein).',
      en: 'The measure’s progress in percent, 0–100 (rows without a milestone only).',
    },
    example: '40',
    width: 14,
  }),
  column({
    key: 'milestoneId',
    header: { de: 'Meilenstein-ID', en: 'Milestone id' },
    type: 'text',
    readOnly: true,
    meaning: {
      de: 'Kennung des Meilensteins; leer in der Zeile der Maßnahme.',
      en: 'The milestone’s id; empty in the measure’s row.',
    },
    width: 38,
  }),
  column({
    key: 'milestone',
    header: { de: 'Meilenstein', en: 'Milestone' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Titel des Meilensteins.', en: 'The milestone’s title.' },
    width: 36,
  }),
  column({
    key: 'dueDate',
    header: { de: 'Fällig am', en: 'Due' },
    type: 'date',
    aliases: ['faellig am', 'fällig'],
    meaning: {
      de: 'Fälligkeit des Meilensteins (Datum).',
      en: 'The milestone’s due date.',
    },
    example: '30.06.2027',
    width: 14,
  }),
  column({
    key: 'reached',
    header: { de: 'Erreicht', en: 'Reached' },
    type: 'yes-no',
    meaning: {
      de: '„ja“, wenn der Meilenstein erreicht ist (ein erreichter bleibt erreicht).',
      en: '“ja” (yes) once the milestone is reached (a reached one stays reached).',
    },
    example: 'nein',
    width: 10,
  }),
] as const satisfies readonly SheetColumn[];

/**
 * The bulk values table (Kennzahlenwerte), one row per active indicator: its latest value in
 * Wert, Stichtag and Quelle. A row whose three cells differ from that value reports a new one
 * (for the open cycle, all rows in one command); the version is the indicator's when exported:
 * a changed row whose indicator has moved on since is a conflict.
 */
export const INDICATOR_VALUE_COLUMNS = [
  ...changedItemColumns({
    key: 'indicator',
    header: { de: 'Kennzahl', en: 'Indicator' },
    of: { de: 'der Kennzahl', en: 'The indicator’s' },
    titleWidth: 44,
  }),
  column({
    key: 'unit',
    header: { de: 'Einheit', en: 'Unit' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Einheit des Werts.', en: 'The value’s unit.' },
    width: 12,
  }),
  column({
    key: 'measure',
    header: { de: 'Maßnahme', en: 'Measure' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Die Maßnahme der Kennzahl.', en: 'The indicator’s measure.' },
    width: 36,
  }),
  column({
    key: 'value',
    header: { de: 'Wert', en: 'Value' },
    type: 'number',
    meaning: {
      de: 'Der Wert (zuletzt gemeldet; ein neuer Wert ersetzt ihn in der Datei und wird zusätzlich gemeldet).',
      en: 'The value (the latest reported; a new one replaces it in the file and is reported besides).',
    },
    example: '41,5',
    width: 12,
  }),
  column({
    key: 'referenceDate',
    header: { de: 'Stichtag', en: 'Reference date' },
    type: 'date',
    meaning: {
      de: 'Der Tag, auf den sich der Wert bezieht (Datum).',
      en: 'The day the value refers to.',
    },
    example: '30.06.2026',
    width: 14,
  }),
  column({
    key: 'source',
    header: { de: 'Quelle', en: 'Source' },
    type: 'text',
    meaning: {
      de: 'Woher der Wert stammt (Statistik, Erhebung), höchstens 200 Zeichen.',
      en: 'Where the value comes from (a statistic, a survey), at most 200 characters.',
    },
    example: 'Lotsenstatistik 1/2026',
    width: 30,
  }),
] as const satisfies readonly SheetColumn[];

/** Recommendations (Handlungsempfehlungen), export only. */
export const RECOMMENDATION_COLUMNS = [
  column({
    key: 'id',
    header: { de: 'ID', en: 'ID' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Kennung.', en: 'Id.' },
    width: 38,
  }),
  column({
    key: 'title',
    header: { de: 'Titel', en: 'Title' },
    type: 'text',
    meaning: { de: 'Titel der Empfehlung.', en: 'The recommendation’s title.' },
    width: 50,
  }),
  column({
    key: 'status',
    header: { de: 'Status', en: 'Status' },
    type: 'text',
    readOnly: true,
    meaning: { de: 'Status.', en: 'Status.' },
    width: 18,
  }),
  column({
    key: 'actionFields',
    header: { de: 'Handlungsfelder', en: 'Action fields' },
    type: 'list',
    meaning: { de: 'Handlungsfelder (Titel).', en: 'Action fields (titles).' },
    width: 40,
  }),
  column({
    key: 'changedAt',
    header: { de: 'Zuletzt geändert', en: 'Last changed' },
    type: 'datetime',
    readOnly: true,
    meaning: { de: 'Letzte Änderung.', en: 'Last change.' },
    width: 20,
  }),
] as const satisfies readonly SheetColumn[];

/** The activity log and "Änderungen seit …": one row per change, export only. */
export const ACTIVITY_COLUMNS = [
  column({
    key: 'at',
    header: { de: 'Zeitpunkt', en: 'Time' },
    type: 'datetime',
    meaning: { de: 'Wann die Änderung erfasst wurde.', en: 'When the change was recorded.' },
    width: 20,
  }),
  column({
    key: 'kind',
    header: { de: 'Art', en: 'Kind' },
    type: 'text',
    meaning: { de: 'Art des Eintrags.', en: 'Kind of item.' },
    width: 18,
  }),
  column({
    key: 'id',
    header: { de: 'ID', en: 'ID' },
    type: 'text',
    meaning: { de: 'Kennung des Eintrags.', en: 'The item’s id.' },
    width: 38,
  }),
  column({
    key: 'title',
    header: { de: 'Titel', en: 'Title' },
    type: 'text',
    meaning: { de: 'Titel des Eintrags.', en: 'The item’s title.' },
    width: 44,
  }),
  column({
    key: 'change',
    header: { de: 'Änderung', en: 'Change' },
    type: 'text',
    meaning: { de: 'Was geschah (Ereignis).', en: 'What happened (event).' },
    width: 28,
  }),
  column({
    key: 'version',
    header: { de: 'Version', en: 'Version' },
    type: 'integer',
    meaning: { de: 'Version des Eintrags danach.', en: 'The item’s version after it.' },
    width: 10,
  }),
] as const satisfies readonly SheetColumn[];

export type ColumnKey<C extends readonly SheetColumn[]> = C[number]['key'];

/** A row for export: a value per column key (undefined: empty cell). */
export type SheetRecord<C extends readonly SheetColumn[]> = Partial<
  Record<ColumnKey<C>, string | number | boolean | Date | readonly string[]>
>;

const normal = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which column each header cell names (by German or English header or an alias); `undefined`
 * for a header the list does not know.
 */
export const matchHeader = <C extends readonly SheetColumn[]>(
  columns: C,
  header: readonly string[],
): (C[number] | undefined)[] =>
  header.map((cell) => {
    const wanted = normal(cell);
    return columns.find(
      (candidate) =>
        normal(candidate.header.de) === wanted ||
        normal(candidate.header.en) === wanted ||
        (candidate.aliases ?? []).includes(wanted),
    );
  });

/** The columns a caller gets: without personal data where it may not see it. */
export const columnsFor = <C extends readonly SheetColumn[]>(
  columns: C,
  personalData: boolean,
): C[number][] => columns.filter((candidate) => personalData || !candidate.personal);

/** A problem per required column the header lacks. */
export const missingColumns = (
  columns: readonly SheetColumn[],
  matched: readonly (SheetColumn | undefined)[],
  hint: { readonly de: string; readonly en: string },
): SheetProblem[] =>
  columns
    .filter((candidate) => candidate.required && !matched.includes(candidate))
    .map((candidate) =>
      problem(null, candidate.header.de, 'COLUMN_MISSING', {
        de: `Die Spalte „${candidate.header.de}“ fehlt (${hint.de}).`,
        en: `The column "${candidate.header.en}" is missing (${hint.en}).`,
      }),
    );

/** A row's cells by column key, as the header matched them (the first of two alike wins). */
export const cellsByKey = <K extends string, V>(
  matched: readonly ({ readonly key: K } | undefined)[],
  cells: readonly V[],
): Map<K, V | undefined> => {
  const byKey = new Map<K, V | undefined>();
  matched.forEach((definition, index) => {
    if (definition && !byKey.has(definition.key)) byKey.set(definition.key, cells[index]);
  });
  return byKey;
};
