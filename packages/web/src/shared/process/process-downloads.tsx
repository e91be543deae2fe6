import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useDownload } from '../download.js';
import { processMessages } from './messages.js';

/**
 * What the process offers to take away: the Fortschrittsbericht as PDF (as of the "Stand vom"
 * moment, with its verifiable receipt) and the calendar of its meetings and milestones.
 */
export const ProcessDownloads = ({ slug }: { readonly slug: string }) => {
  const m = useMessages(processMessages);
  const { asOf } = useAsOf();
  const download = useDownload();
  const report = new URLSearchParams({ process: slug, ...(asOf ? { asOf } : {}) });
  return (
    <div className="row no-print">
      <button
        type="button"
        className="button"
        {...download.trigger(`/berichte/fortschritt.pdf?${report}`, `${m.reportFile}-${slug}.pdf`)}
      >
        {download.busy ? m.reportBusy : m.report}
      </button>
      <a
        className="button button--quiet"
        href={`/kalender.ics?process=${encodeURIComponent(slug)}`}
      >
        {m.calendar}
      </a>
      {download.failed ? (
        <p className="field__error" role="alert">
          {m.reportFailed}
        </p>
      ) : null}
    </div>
  );
};
