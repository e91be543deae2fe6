import { useState } from 'react';
import { type Locale, useLocale } from '../i18n/i18n.js';
import { csrfHeaders } from '../session/auth-api.js';

/**
 * Fetches a file (a report, a spreadsheet) and hands it to the browser as a download. Fetched
 * rather than linked: a signed-in browser proves its session with the CSRF header, which a plain
 * link cannot send.
 */
const downloadFile = async (path: string, name: string, locale: Locale) => {
  const response = await fetch(path, { headers: { 'accept-language': locale, ...csrfHeaders() } });
  if (!response.ok) throw new Error(String(response.status));
  const file = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = file;
  link.download = name;
  link.click();
  URL.revokeObjectURL(file);
};

/**
 * A download button's state: busy while the file is fetched (the button is then disabled),
 * failed until the next try; `trigger` gives the button what starts the download.
 */
export const useDownload = () => {
  const { locale } = useLocale();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async (path: string, name: string) => {
    setState('busy');
    try {
      await downloadFile(path, name, locale);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return {
    busy: state === 'busy',
    failed: state === 'failed',
    trigger: (path: string, name: string) => ({
      disabled: state === 'busy',
      onClick: () => void download(path, name),
    }),
  };
};
