import type { Locale } from '../i18n/i18n.js';
import { csrfHeaders } from '../session/auth-api.js';

/**
 * Fetches a file (a report, a spreadsheet) and hands it to the browser as a download. Fetched
 * rather than linked: a signed-in browser proves its session with the CSRF header, which a plain
 * link cannot send.
 */
export const downloadFile = async (path: string, name: string, locale: Locale) => {
  const response = await fetch(path, { headers: { 'accept-language': locale, ...csrfHeaders() } });
  if (!response.ok) throw new Error(String(response.status));
  const file = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = file;
  link.download = name;
  link.click();
  URL.revokeObjectURL(file);
};
