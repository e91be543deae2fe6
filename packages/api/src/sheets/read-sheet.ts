import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { SheetLimits } from './limits.js';
import { sheetError } from './sheet-error.js';
import { checkZip } from './zip-guard.js';

/** A cell as read: text, a number, a date (from a date cell of a workbook), a truth value. */
export type CellValue = string | number | boolean | Date;

export interface SheetRow {
  /** The row number the user sees in Excel (the header is row 1). */
  readonly number: number;
  readonly cells: readonly (CellValue | undefined)[];
}

export interface SheetTable {
  readonly format: 'xlsx' | 'csv';
  /** For a CSV file: how it was written (German Excel: Windows-1252 and semicolons). */
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly header: readonly string[];
  readonly rows: readonly SheetRow[];
  /** Cells that held a formula: their last computed value was read as text. */
  readonly formulas: number;
}

const unreadable = (de: string, en: string) => sheetError('FILE_UNREADABLE', { de, en });

const tooLarge = (limits: SheetLimits) =>
  sheetError('FILE_TOO_LARGE', {
    de: `Die Datei ist größer als ${Math.round(limits.maxFileBytes / 2 ** 20)} MiB.`,
    en: `The file is larger than ${Math.round(limits.maxFileBytes / 2 ** 20)} MiB.`,
  });

const tooManyRows = (limits: SheetLimits) =>
  sheetError('TOO_MANY_ROWS', {
    de: `Die Tabelle hat mehr als ${limits.maxRows} Zeilen: bitte aufteilen.`,
    en: `The table has more than ${limits.maxRows} rows: please split it.`,
  });

const cellTooLong = (limits: SheetLimits, row: number, column: number) =>
  sheetError('CELL_TOO_LONG', {
    de: `Zeile ${row}, Spalte ${column}: die Zelle hat mehr als ${limits.maxCellLength} Zeichen.`,
    en: `Row ${row}, column ${column}: the cell holds more than ${limits.maxCellLength} characters.`,
  });

const isZip = (file: Buffer) => file.length >= 4 && file.readUInt32LE(0) === 0x04034b50;

/** UTF-8 if it decodes as such (with or without BOM), else what German Excel writes. */
const decodeText = (file: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } => {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(file), encoding: 'windows-1252' };
  }
};

/** German Excel separates with semicolons, others with commas or tabs: the header decides. */
const delimiterOf = (text: string): string => {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';';
};

const checkShape = (limits: SheetLimits, rows: readonly SheetRow[], header: readonly string[]) => {
  if (rows.length > limits.maxRows) throw tooManyRows(limits);
  if (header.length > limits.maxColumns) {
    throw unreadable(
      `Die Tabelle hat mehr als ${limits.maxColumns} Spalten.`,
      `The table has more than ${limits.maxColumns} columns.`,
    );
  }
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      if (typeof cell === 'string' && cell.length > limits.maxCellLength) {
        throw cellTooLong(limits, row.number, index + 1);
      }
    });
  }
};

const textOf = (cell: CellValue | undefined): string =>
  cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim();

const isBlank = (cells: readonly (CellValue | undefined)[]) =>
  cells.every((cell) => textOf(cell) === '');

const readCsv = (file: Buffer, limits: SheetLimits): SheetTable => {
  const { text, encoding } = decodeText(file);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // Stops early on a hostile file: more rows than allowed is refused anyway.
      to_line: limits.maxRows + 2,
      max_record_size: limits.maxCellLength * limits.maxColumns,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadable(
      `Die CSV-Datei ist fehlerhaft${line ? ` (um Zeile ${line})` : ''}, z. B. ein nicht geschlossenes Anführungszeichen.`,
      `The CSV file is malformed${line ? ` (near line ${line})` : ''}, e.g. an unclosed quote.`,
    );
  }
  if (records.length > limits.maxRows + 1) throw tooManyRows(limits);
  const [header = [], ...body] = records;
  const rows = body
    .map((cells, index) => ({ number: index + 2, cells }))
    .filter((row) => !isBlank(row.cells));
  const table = { format: 'csv' as const, encoding, header: header.map((h) => h.trim()), rows };
  checkShape(limits, rows, table.header);
  return { ...table, formulas: 0 };
};

/** A workbook cell's value as data: formulas by their cached result, rich text as its text. */
const cellOf = (value: ExcelJS.CellValue, formula: { count: number }): CellValue | undefined => {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('formula' in value || 'sharedFormula' in value) {
    formula.count += 1;
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || typeof result === 'object') {
      return result instanceof Date ? result : undefined;
    }
    return String(result);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return undefined;
  return undefined;
};

const readXlsx = async (file: Buffer, limits: SheetLimits): Promise<SheetTable> => {
  checkZip(file, limits);
  // Imported on the first workbook (≈ 30 MB): a server that never reads one does not carry it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw unreadable(
      'Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).',
      'The file is not a readable Excel workbook (.xlsx).',
    );
  }
  // The first sheet holds the data: the template's notes sit on a later one.
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Die Arbeitsmappe hat kein Blatt.', 'The workbook has no sheet.');
  if (sheet.actualRowCount > limits.maxRows + 1) throw tooManyRows(limits);
  if (sheet.columnCount > limits.maxColumns) {
    throw unreadable(
      `Die Tabelle hat mehr als ${limits.maxColumns} Spalten.`,
      `The table has more than ${limits.maxColumns} columns.`,
    );
  }
  const formula = { count: 0 };
  const read: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (CellValue | undefined)[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      cells.push(cellOf(row.getCell(column).value, formula));
    }
    read.push({ number, cells });
  });
  const [first, ...body] = read;
  const header = (first?.cells ?? []).map(textOf);
  const rows = body.filter((row) => !isBlank(row.cells));
  checkShape(limits, rows, header);
  return { format: 'xlsx', header, rows, formulas: formula.count };
};

/** Reads an .xlsx or .csv file (told apart by its content, not its name), within the limits. */
export const readSheet = async (file: Buffer, limits: SheetLimits): Promise<SheetTable> => {
  if (file.length > limits.maxFileBytes) throw tooLarge(limits);
  if (file.length === 0) throw unreadable('Die Datei ist leer.', 'The file is empty.');
  const table = isZip(file) ? await readXlsx(file, limits) : readCsv(file, limits);
  if (table.header.every((cell) => cell === '')) {
    throw unreadable(
      'Die erste Zeile muss die Spaltenüberschriften enthalten (siehe Vorlage).',
      'The first row must hold the column headers (see the template).',
    );
  }
  return table;
};

export { textOf };
