import { useState } from 'react';
import { Link } from 'wouter';
import { useIdParam } from '../../../app/use-id-param.js';
import { useAsOf } from '../../../as-of/as-of.js';
import { CommandDialog } from '../../../commands/command-dialog.js';
import { useMessages } from '../../../i18n/i18n.js';
import { useLiveQuery } from '../../../live/use-live-query.js';
import { useViewer } from '../../../session/session.js';
import { ItemPage } from '../../../shared/item/item-page.js';
import { Empty, Loading, QueryError } from '../../../ui/feedback.js';
import { uiMessages } from '../../../ui/messages.js';
import { Section } from '../../../ui/page.js';
import { RetireActionFieldDialog, ReviseActionFieldForm } from './action-field-forms.js';
import { actionFieldMessages } from './messages.js';
import { ActionFieldQuery } from './queries.js';
import { useRoadmapHref } from './roadmap-link.js';

/** An action field's page: what it covers, its commands, then history and provenance. */
export const ActionFieldPage = () => {
  const m = useMessages(actionFieldMessages);
  const ui = useMessages(uiMessages);
  const id = useIdParam();
  const { asOf, asOfBasis } = useAsOf();
  const viewer = useViewer();
  const roadmapHref = useRoadmapHref();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }, reload] = useLiveQuery(
    {
      query: ActionFieldQuery,
      variables: { id, asOf, asOfBasis },
    },
    { item: id },
  );

  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (!data) return <Loading />;
  const field = data.node?.__typename === 'ActionField' ? data.node : null;
  if (!field) return <Empty>{ui.notFound}</Empty>;

  // Only an active field changes; never in a historical view; only for who may.
  const may = (mutation: string) => !asOf && field.status === 'active' && viewer.can(mutation);
  const formProps = { field, reload, done: setNotice };
  return (
    <ItemPage
      kind="ActionField"
      item={field}
      actions={
        <>
          {may('reviseActionField') ? (
            <CommandDialog label={m.revise} title={m.reviseTitle}>
              {(close) => <ReviseActionFieldForm {...formProps} close={close} />}
            </CommandDialog>
          ) : null}
          {may('retireActionField') ? <RetireActionFieldDialog {...formProps} /> : null}
        </>
      }
    >
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      <Section title={m.description} id="description">
        <p className="meta">
          {m.key}: <code>{field.key}</code>
        </p>
        <p className="measure-description" lang="de">
          {field.description}
        </p>
        <Link href={roadmapHref(field.id)}>{m.onRoadmap}</Link>
      </Section>
    </ItemPage>
  );
};
