/**
 * A figure as typed in German or English ("12,5", "1.250", "12.5", "-3"), or null: the API's
 * Float would refuse anything else without naming the row. A dot followed by exactly three
 * digits and a comma elsewhere (or several such dots) is read as thousands separators.
 */
export const parseFigure = (text: string): number | null => {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const german = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) || /^-?\d+,\d+$/.test(trimmed);
  const normalised = german ? trimmed.replaceAll('.', '').replace(',', '.') : trimmed;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
};
