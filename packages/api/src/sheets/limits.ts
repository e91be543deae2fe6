/** How much of a spreadsheet is read at most: a protocol or a table of measures is far smaller. */
export interface SheetLimits {
  readonly maxFileBytes: number;
  /** Everything inside an .xlsx, inflated: where a zip bomb is stopped. */
  readonly maxUnpackedBytes: number;
  readonly maxZipEntries: number;
  /** Data rows, the header not counted. */
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  readonly maxCellLength: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 5 * 2 ** 20,
  maxUnpackedBytes: 50 * 2 ** 20,
  maxZipEntries: 200,
  maxRows: 2000,
  maxColumns: 40,
  maxCellLength: 20_000,
};
