import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** A workbook as Excel would save it: one sheet, a header row and the rows' cell values. */
export const workbookOf = async (
  header: readonly string[],
  rows: readonly (readonly ExcelJS.CellValue[])[],
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Protokoll');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** A CSV as German Excel saves it: Windows-1252 (Latin-1 for these letters), semicolons, CRLF. */
export const germanCsvOf = (rows: readonly (readonly string[])[]): Buffer =>
  Buffer.from(
    rows
      .map((row) =>
        row
          .map((cell) => (/[";\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
          .join(';'),
      )
      .join('\r\n'),
    'latin1',
  );

/**
 * A zip whose one entry inflates to `size` zero bytes while the archive stays tiny (a zip bomb),
 * named like a workbook's part.
 */
export const zipBombOf = (size: number): Buffer => {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  // The declared size lies: the check must count what really comes out.
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const centralStart = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, name, data, central, name, end]);
};
