import { stringify } from 'csv-stringify/sync';
import { cellOf, type Table, type Value } from './columns.js';

type Rows = readonly Readonly<Record<string, Value>>[];

/**
 * CSV as German Excel opens it by a double click: UTF-8 with a byte order mark, `;` between
 * cells (Excel's list separator in German), CRLF between records (RFC 4180), a header row with
 * the dictionary's column names. Numbers keep the decimal point, as machines read them.
 */
export const csvOf = <Data>(spec: Table<Data>, rows: Rows): Buffer =>
  Buffer.from(
    stringify(
      rows.map((row) =>
        spec.columns.map((column) => cellOf(row[column.name] ?? null, column.type)),
      ),
      {
        bom: true,
        delimiter: ';',
        record_delimiter: 'windows',
        header: true,
        columns: spec.columns.map((column) => column.name),
      },
    ),
    'utf8',
  );

/** JSON: an array of rows, keys as the CSV's columns, lists as arrays, `null` for none. */
export const jsonOf = <Data>(spec: Table<Data>, rows: Rows): Buffer =>
  Buffer.from(
    `${JSON.stringify(
      rows.map((row) =>
        Object.fromEntries(spec.columns.map((column) => [column.name, row[column.name] ?? null])),
      ),
      null,
      2,
    )}\n`,
    'utf8',
  );

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Buffer;
}

/**
 * A ZIP archive (yazl, streamed into one buffer). Every entry carries the same time, the log
 * head's: the same data makes the same bytes on every server, so ETags agree behind a balancer.
 */
export const zipOf = async (entries: readonly ZipEntry[], mtime: Date): Promise<Buffer> => {
  // Imported on the first archive (≈ 10 MB): a server nobody downloads a ZIP from does not carry it.
  const { ZipFile } = await import('yazl');
  const zip = new ZipFile();
  for (const entry of entries) zip.addBuffer(entry.bytes, entry.name, { mtime, mode: 0o100644 });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
};
