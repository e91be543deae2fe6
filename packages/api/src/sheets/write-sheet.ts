import type { Locale } from '../http/locale.js';
import type { SheetColumn } from './columns.js';

type RecordValue = string | number | boolean | Date | readonly string[] | undefined;

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly records: readonly Partial<Record<string, RecordValue>>[];
  /** What the table shows (filters, moment), written above nothing: a second sheet "Info". */
  readonly info?: readonly (readonly [string, string])[];
  /** Add a sheet explaining each column (the template). */
  readonly explain?: boolean;
}

const NUMBER_FORMATS: Partial<Record<SheetColumn['type'], string>> = {
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
  integer: '0',
  number: '#,##0.###',
};

/** A value as a workbook cell: dates as dates, lists one per line, yes/no in words. */
const cellOf = (type: SheetColumn['type'], value: RecordValue, locale: Locale) => {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'boolean')
    return locale === 'de' ? (value ? 'ja' : 'nein') : value ? 'yes' : 'no';
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    // A calendar day is that day in any time zone: midnight UTC is how Excel stores it.
    return new Date(type === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
  }
  return value as string | number | Date;
};

/**
 * A workbook of one table with typed cells and German (or English) headers, frozen and
 * filterable; text is always text (a cell starting with "=" is no formula).
 */
export const writeSheet = async (spec: SheetSpec, locale: Locale): Promise<Buffer> => {
  // Imported on the first workbook (≈ 30 MB): a server that never writes one does not carry it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Fahrplan';
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((definition) => ({
    header: definition.header[locale],
    key: definition.key,
    width: definition.width ?? 20,
    style: {
      ...(NUMBER_FORMATS[definition.type] ? { numFmt: NUMBER_FORMATS[definition.type] } : {}),
      alignment: {
        vertical: 'top',
        wrapText: definition.type === 'list' || definition.key === 'text',
      },
    },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const record of spec.records) {
    const row = sheet.addRow(
      Object.fromEntries(
        spec.columns.map((definition) => [
          definition.key,
          cellOf(definition.type, record[definition.key], locale),
        ]),
      ),
    );
    // Rows are data: what looks like a formula stays text.
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('=')) {
        cell.value = { richText: [{ text: cell.value }] };
      }
    });
  }
  if (spec.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  if (spec.explain) {
    const notes = workbook.addWorksheet(locale === 'de' ? 'Erläuterungen' : 'Notes');
    notes.columns = [
      { header: locale === 'de' ? 'Spalte' : 'Column', key: 'header', width: 20 },
      { header: locale === 'de' ? 'Pflicht' : 'Required', key: 'required', width: 10 },
      { header: locale === 'de' ? 'Bedeutung' : 'Meaning', key: 'meaning', width: 90 },
      { header: locale === 'de' ? 'Beispiel' : 'Example', key: 'example', width: 40 },
    ];
    notes.getRow(1).font = { bold: true };
    for (const definition of spec.columns) {
      notes.addRow({
        header: definition.header[locale],
        required: definition.required ? (locale === 'de' ? 'ja' : 'yes') : '',
        meaning: definition.meaning[locale],
        example: definition.example ?? '',
      });
    }
  }
  if (spec.info?.length) {
    const info = workbook.addWorksheet('Info');
    info.columns = [
      { key: 'name', width: 24 },
      { key: 'value', width: 60 },
    ];
    for (const [name, value] of spec.info) info.addRow({ name, value });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
