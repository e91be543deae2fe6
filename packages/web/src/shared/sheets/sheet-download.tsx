import { useMessages } from '../../i18n/i18n.js';
import { useDownload } from '../download.js';
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
  const download = useDownload();
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <span className="no-print">
      <button
        type="button"
        className="button button--quiet"
        {...download.trigger(`${path}?${query}`, `${name}.xlsx`)}
      >
        {download.busy ? m.downloadBusy : (label ?? m.download)}
      </button>
      {download.failed ? (
        <span className="field__error" role="alert">
          {m.downloadFailed}
        </span>
      ) : null}
    </span>
  );
};
