import { useMessages } from '../../i18n/i18n.js';
import { Page } from '../../ui/page.js';
import { ActivityLog } from './activity-log.js';
import { Integrity } from './integrity.js';
import { auditMessages } from './messages.js';

/** The ministry's audit desk: is the history intact, and who did what when. */
export const AuditScreen = () => {
  const m = useMessages(auditMessages);
  return (
    <Page title={m.title} subtitle={m.intro}>
      <Integrity />
      <ActivityLog />
    </Page>
  );
};
