/** A field's value as text for the history table: lists joined, nothing as "—". */
export const valueText = (value: unknown, empty: string): string => {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? empty : value.map((entry) => valueText(entry, empty)).join(', ');
  }
  return recordText(value as Record<string, unknown>, empty);
};

/**
 * A nested record (a milestone, a partner) reads as its title with its date, or else as its
 * values; never as raw JSON.
 */
const recordText = (record: Record<string, unknown>, empty: string): string => {
  const title = record.title ?? record.name;
  const date = record.dueDate ?? record.date;
  if (typeof title === 'string') {
    return typeof date === 'string' ? `${title} (${date.slice(0, 10)})` : title;
  }
  const values = Object.values(record).filter((entry) => entry !== null && entry !== undefined);
  return values.length === 0 ? empty : values.map((entry) => valueText(entry, empty)).join(' · ');
};
