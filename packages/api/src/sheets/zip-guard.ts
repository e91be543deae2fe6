import { inflateRawSync } from 'node:zlib';
import type { SheetLimits } from './limits.js';
import { sheetError } from './sheet-error.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const refused = () =>
  sheetError('FILE_UNREADABLE', {
    de: 'Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx).',
    en: 'The file is not a readable Excel workbook (.xlsx).',
  });

const tooLarge = (limit: number) =>
  sheetError('FILE_TOO_LARGE', {
    de: `Die Arbeitsmappe ist entpackt größer als ${Math.round(limit / 2 ** 20)} MiB: so groß ist kein Protokoll, sie wird nicht gelesen.`,
    en: `The workbook is larger than ${Math.round(limit / 2 ** 20)} MiB unpacked: no protocol is that large, it is not read.`,
  });

/**
 * Inflates every entry of the archive against one budget before exceljs sees it: a zip bomb
 * stops at the budget (the sizes an archive declares may lie, so the real output counts).
 */
export const checkZip = (file: Buffer, limits: SheetLimits): void => {
  const from = Math.max(0, file.length - 22 - 0xffff);
  let end = -1;
  for (let at = file.length - 22; at >= from; at--) {
    if (file.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw refused();
  const entries = file.readUInt16LE(end + 10);
  if (entries > limits.maxZipEntries) throw refused();
  let at = file.readUInt32LE(end + 16);
  let budget = limits.maxUnpackedBytes;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw refused();
    const method = file.readUInt16LE(at + 10);
    const compressed = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL) throw refused();
    const dataStart = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = file.subarray(dataStart, dataStart + compressed);
    if (data.length !== compressed) throw refused();
    let size: number;
    if (method === 0) size = compressed;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw tooLarge(limits.maxUnpackedBytes);
        }
        throw refused();
      }
    } else throw refused();
    budget -= size;
    if (budget < 0) throw tooLarge(limits.maxUnpackedBytes);
    at += 46 + nameLength + extraLength + commentLength;
  }
};
