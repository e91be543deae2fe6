import { useState } from 'react';
import { useAsOf } from '../../as-of/as-of.js';
import { useLocale, useMessages } from '../../i18n/i18n.js';
import { downloadFile } from '../download.js';
import { processMessages } from './messages.js';

/**
 * What the process offers to take away: the Fortschrittsbericht as PDF (as of the "Stand vom"
 * moment, with its verifiable receipt) and the calendar of its meetings and milestones.
 */
export const ProcessDownloads = ({ slug }: { readonly slug: string }) => {
  const m = useMessages(processMessages);
  const { locale } = useLocale();
  const { asOf } = useAsOf();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const report = new URLSearchParams({ process: slug, ...(asOf ? { asOf } : {}) });
  const download = async () => {
    setState('busy');
    try {
      await downloadFile(
        `/berichte/fortschritt.pdf?${report}`,
        `${m.reportFile}-${slug}.pdf`,
        locale,
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="row no-print">
      <button
        type="button"
        className="button"
        disabled={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy' ? m.reportBusy : m.report}
      </button>
      <a
        className="button button--quiet"
        href={`/kalender.ics?process=${encodeURIComponent(slug)}`}
      >
        {m.calendar}
      </a>
      {state === 'failed' ? (
        <p className="field__error" role="alert">
          {m.reportFailed}
        </p>
      ) : null}
    </div>
  );
};
