import { COLUMN_TYPES } from './columns.js';
import { TABLES } from './tables/index.js';

const localized = (value: { readonly de: string; readonly en: string }) => ({
  de: value.de,
  en: value.en,
});

/**
 * The data dictionary (Datenlexikon): every column of every file with its meaning in German and
 * English, its type and an example. The files are made from the same definitions, and a test
 * checks each generated file against it.
 */
export const dictionaryOf = () => ({
  titel: localized({
    de: 'Datenlexikon der offenen Daten',
    en: 'Data dictionary of the open data',
  }),
  formate: {
    csv: localized({
      de: 'UTF-8 mit BOM, Trennzeichen Semikolon, Zeilenende CRLF, erste Zeile Spaltennamen; Dezimalpunkt; leere Zelle: kein Wert.',
      en: 'UTF-8 with BOM, semicolon separated, CRLF line ends, first row column names; decimal point; empty cell: no value.',
    }),
    json: localized({
      de: 'Eine Liste von Objekten mit den Spaltennamen als Schlüsseln; Listen als Arrays, kein Wert als null.',
      en: 'A list of objects keyed by the column names; lists as arrays, no value as null.',
    }),
  },
  typen: Object.fromEntries(
    Object.entries(COLUMN_TYPES).map(([type, meaning]) => [type, localized(meaning)]),
  ),
  dateien: TABLES.map((spec) => ({
    name: spec.name,
    titel: localized(spec.title),
    beschreibung: localized(spec.description),
    spalten: spec.columns.map((column) => ({
      name: column.name,
      typ: column.type,
      bedeutung: localized(column.meaning),
      beispiel: column.example,
      leer_erlaubt: column.optional === true,
      ...(column.values
        ? {
            werte: Object.fromEntries(
              Object.entries(column.values).map(([code, label]) => [code, localized(label)]),
            ),
          }
        : {}),
    })),
  })),
});

export type Dictionary = ReturnType<typeof dictionaryOf>;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The dictionary as a Markdown page, German first with the English beside it. */
export const dictionaryMarkdown = (dictionary: Dictionary): string => {
  const lines = [
    `# ${dictionary.titel.de} / ${dictionary.titel.en}`,
    '',
    `**CSV:** ${dictionary.formate.csv.de}`,
    `*${dictionary.formate.csv.en}*`,
    '',
    `**JSON:** ${dictionary.formate.json.de}`,
    `*${dictionary.formate.json.en}*`,
  ];
  for (const file of dictionary.dateien) {
    lines.push(
      '',
      `## ${file.name} – ${file.titel.de} / ${file.titel.en}`,
      '',
      file.beschreibung.de,
      `*${file.beschreibung.en}*`,
      '',
      '| Spalte / column | Bedeutung | Meaning | Typ / type | Beispiel / example |',
      '|---|---|---|---|---|',
      ...file.spalten.map((column) => {
        const values = column.werte
          ? ` (${Object.entries(column.werte)
              .map(([code, label]) => `\`${code}\`: ${label.de}`)
              .join('; ')})`
          : '';
        const empty = column.leer_erlaubt ? ', leer erlaubt / may be empty' : '';
        return `| \`${column.name}\` | ${cell(column.bedeutung.de + values)} | ${cell(column.bedeutung.en)} | ${column.typ}${empty} | ${cell(column.beispiel)} |`;
      }),
    );
  }
  return `${lines.join('\n')}\n`;
};
