import { Link } from 'wouter';
import { useMessages } from '../../i18n/i18n.js';
import { processMessages } from '../../shared/process/messages.js';
import { Page } from '../../ui/page.js';

/** An address naming no process one may see (`/p/unbekannt/…`). */
export const ProcessNotFound = ({ slug }: { readonly slug: string }) => {
  const m = useMessages(processMessages);
  return (
    <Page title={m.notFoundTitle}>
      <p>{m.notFoundText(slug)}</p>
      <Link href="~/">{m.toStart}</Link>
    </Page>
  );
};
