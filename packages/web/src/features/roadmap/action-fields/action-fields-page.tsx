import { ACTION_FIELD_EVENT_TYPES } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { useProcessSlug } from '../../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../../as-of/as-of.js';
import { useMessages } from '../../../i18n/i18n.js';
import { useLiveQuery } from '../../../live/use-live-query.js';
import { useViewer } from '../../../session/session.js';
import { useActionFieldName } from '../../../shared/action-fields.js';
import { Empty, Loading, QueryError } from '../../../ui/feedback.js';
import { Page } from '../../../ui/page.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import { DefineActionFieldButton } from './action-field-forms.js';
import { actionFieldMessages } from './messages.js';
import { ActionFieldsQuery } from './queries.js';
import { useRoadmapHref } from './roadmap-link.js';

const LIVE = { eventTypes: [...ACTION_FIELD_EVENT_TYPES] };

/** Handlungsfelder: every action field with its key, description and status. */
export const ActionFieldsPage = () => {
  const m = useMessages(actionFieldMessages);
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const viewer = useViewer();
  const href = useHrefWithAsOf();
  const roadmapHref = useRoadmapHref();
  const fieldTitle = useActionFieldName();
  const [{ data, error }, refresh] = useLiveQuery(
    {
      query: ActionFieldsQuery,
      variables: { process, asOf, asOfBasis },
    },
    LIVE,
  );
  const fields = data?.actionFields.edges.map((edge) => edge.node) ?? [];
  const mayDefine = !asOf && viewer.can('defineActionField');
  return (
    <Page
      title={m.listTitle}
      subtitle={m.listIntro}
      actions={mayDefine ? <DefineActionFieldButton reload={refresh} /> : null}
    >
      {error && !data ? (
        <QueryError error={error} retry={refresh} />
      ) : !data ? (
        <Loading />
      ) : fields.length === 0 ? (
        <Empty>{m.empty}</Empty>
      ) : (
        <ul className="grid action-field-list">
          {fields.map((field) => (
            <li key={field.id}>
              <article className="card action-field-card">
                <h2 className="action-field-card__title">
                  <Link href={href(itemPath('ActionField', field.id))}>{fieldTitle(field)}</Link>
                </h2>
                <p className="row meta">
                  <span>
                    {m.key}: <code>{field.key}</code>
                  </span>
                  <StatusBadge kind="ActionField" status={field.status} />
                </p>
                <p className="action-field-card__description" lang="de">
                  {field.description}
                </p>
                <Link href={roadmapHref(field.id)} aria-label={m.onRoadmapNamed(fieldTitle(field))}>
                  {m.onRoadmap}
                </Link>
              </article>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
};
