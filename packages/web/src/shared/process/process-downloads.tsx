import { useState } from 'react';
import { useAsOf } from '../../as-of/as-of.js';
import { useLocale, useMessages } from '../../i18n/i18n.js';
import { csrfHeaders } from '../../session/auth-api.js';
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
  // The report is fetched rather than linked: a signed-in browser proves its session with the
  // CSRF header, which a plain link cannot send.
  const download = async () => {
    setState('busy');
    try {
      const response = await fetch(`/berichte/fortschritt.pdf?${report}`, {
        headers: { 'accept-language': locale, ...csrfHeaders() },
      });
      if (!response.ok) throw new Error(String(response.status));
      const file = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = file;
      link.download = `${m.reportFile}-${slug}.pdf`;
      link.click();
      URL.revokeObjectURL(file);
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
