import type { LocalizedMessage } from '@fahrplan/domain';
import { type CellValue, textOf } from './read-sheet.js';

/** A cell read as a value of its column, or why it cannot be. */
export type Parsed<T> = { readonly value: T } | { readonly problem: LocalizedMessage };

const YES = ['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1'];
const NO = ['nein', 'n', 'no', 'false', 'falsch', '0', ''];

export const yesNo = (cell: CellValue | undefined): Parsed<boolean> => {
  if (typeof cell === 'boolean') return { value: cell };
  const text = textOf(cell).toLowerCase();
  if (YES.includes(text)) return { value: true };
  if (NO.includes(text)) return { value: false };
  return {
    problem: {
      de: `„${text.slice(0, 40)}“ ist weder „ja“ noch „nein“.`,
      en: `"${text.slice(0, 40)}" is neither "ja" (yes) nor "nein" (no).`,
    },
  };
};

/** A whole number in a range (a cell of a workbook, or text like "40" or "40 %"). */
export const integer = (
  cell: CellValue | undefined,
  min: number,
  max: number,
): Parsed<number | undefined> => {
  const text = textOf(cell).replace(/\s*%$/, '').replace(',', '.');
  if (text === '') return { value: undefined };
  const value = typeof cell === 'number' ? cell : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    return {
      problem: {
        de: `„${text.slice(0, 40)}“ ist keine ganze Zahl von ${min} bis ${max}.`,
        en: `"${text.slice(0, 40)}" is not a whole number from ${min} to ${max}.`,
      },
    };
  }
  return { value };
};

/**
 * A decimal number: a number cell, or text as German Excel writes it ("1.450,5", "12,5") or
 * with a decimal point ("12.5").
 */
export const decimal = (cell: CellValue | undefined): Parsed<number | undefined> => {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { value: cell } : { problem: notANumber(String(cell)) };
  }
  const text = textOf(cell).replace(/\s/g, '');
  if (text === '') return { value: undefined };
  const normal = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  const value = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
  return Number.isFinite(value) ? { value } : { problem: notANumber(text) };
};

const notANumber = (text: string) => ({
  de: `„${text.slice(0, 40)}“ ist keine Zahl (z. B. 12,5).`,
  en: `"${text.slice(0, 40)}" is not a number (e.g. 12.5).`,
});

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A calendar day: a date cell (Excel stores the day at midnight UTC), or text as German Excel
 * writes it ("30.06.2027", "30.6.27") or as ISO ("2027-06-30").
 */
export const calendarDay = (cell: CellValue | undefined): Parsed<string | undefined> => {
  if (cell instanceof Date) {
    return {
      value: `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`,
    };
  }
  const text = textOf(cell);
  if (text === '') return { value: undefined };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = german
    ? [
        Number(german[3]) + (german[3]?.length === 2 ? 2000 : 0),
        Number(german[2]),
        Number(german[1]),
      ]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number.NaN, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return {
      problem: {
        de: `„${text.slice(0, 40)}“ ist kein Datum (TT.MM.JJJJ).`,
        en: `"${text.slice(0, 40)}" is not a date (DD.MM.YYYY).`,
      },
    };
  }
  return { value: `${year}-${pad(month)}-${pad(day)}` };
};

/** One of a few values, by its key or its German or English label (any case). */
export const oneOf = <T extends string>(
  cell: CellValue | undefined,
  labels: Readonly<Record<T, LocalizedMessage>>,
  extra: Readonly<Record<string, T>> = {},
): Parsed<T | undefined> => {
  const text = textOf(cell).toLowerCase();
  if (text === '') return { value: undefined };
  for (const [key, label] of Object.entries(labels) as [T, LocalizedMessage][]) {
    if (key === text || label.de.toLowerCase() === text || label.en.toLowerCase() === text) {
      return { value: key };
    }
  }
  const aliased = extra[text];
  if (aliased) return { value: aliased };
  const allowed = Object.values<LocalizedMessage>(labels);
  return {
    problem: {
      de: `„${text.slice(0, 40)}“ ist keiner der Werte ${allowed.map((l) => `„${l.de}“`).join(', ')}.`,
      en: `"${text.slice(0, 40)}" is none of ${allowed.map((l) => `"${l.en}"`).join(', ')}.`,
    },
  };
};

/** A list cell: items separated by semicolons or line breaks. */
export const listOf = (cell: CellValue | undefined): string[] =>
  textOf(cell)
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
