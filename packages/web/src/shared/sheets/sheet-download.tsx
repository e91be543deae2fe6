import { useState } from 'react';
import { useLocale, useMessages } from '../../i18n/i18n.js';
import { downloadFile } from '../download.js';
import { sheetMessages } from './messages.js';

/** A list's "as Excel sheet" button: the list as the screen filters it, as the caller sees it. */
export const SheetDownload = ({
  path,
  params,
  name,
  label,
}: {
  /** e.g. `/tabellen/massnahmen.xlsx` */
  readonly path: string;
  readonly params: Readonly<Record<string, string | null | undefined>>;
  readonly name: string;
  readonly label?: string;
}) => {
  const m = useMessages(sheetMessages);
  const { locale } = useLocale();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const download = async () => {
    setState('busy');
    try {
      await downloadFile(`${path}?${query}`, `${name}.xlsx`, locale);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="no-print">
      <button
        type="button"
        className="button button--quiet"
        disabled={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy' ? m.downloadBusy : (label ?? m.download)}
      </button>
      {state === 'failed' ? (
        <span className="field__error" role="alert">
          {m.downloadFailed}
        </span>
      ) : null}
    </span>
  );
};
