import { MEASURE_EVENT_TYPES, type MeasureStatus } from '@fahrplan/domain';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { useAsOf } from '../../as-of/as-of.js';
import { statusFilterOf } from '../../i18n/domain-keys.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveRefresh } from '../../live/use-live-refresh.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { useActionFieldTitle } from '../roadmap/action-fields/action-field-title.js';
import { MeasureCard } from './measure-card.js';
import { type MeasureFilter, MeasureFilters } from './measure-filters.js';
import { MeasuresQuery } from './measures-query.js';
import { measureMessages } from './messages.js';
import { useSearchParams } from './use-search-param.js';

const LIVE = { types: [...MEASURE_EVENT_TYPES] };
/** The filters' address parameters: German, like the rest of the app's addresses. */
const PARAMS = { status: 'status', actionField: 'handlungsfeld', search: 'suche' } as const;

/** Maßnahmen: every adopted measure, filtered by status, action field and text. */
export const MeasuresPage = () => {
  const m = useMessages(measureMessages);
  const fieldTitle = useActionFieldTitle();
  const { asOf, asOfBasis } = useAsOf();
  const [filter, setFilter] = useSearchParams<MeasureFilter>(PARAMS);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MeasuresQuery,
    variables: {
      asOf,
      asOfBasis,
      statuses: statusFilterOf<MeasureStatus>('Measure', filter.status),
      actionField: filter.actionField || null,
      search: filter.search || null,
    },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLiveRefresh(LIVE, refresh, { enabled: !asOf });
  const measures = data?.measures.edges.map((edge) => edge.node) ?? [];
  const actionFields = (data?.actionFields.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: fieldTitle(node),
  }));
  return (
    <Page title={m.listTitle} subtitle={m.listIntro}>
      <MeasureFilters filter={filter} onChange={setFilter} actionFields={actionFields} />
      <p className="meta" aria-live="polite">
        {data && !fetching ? m.count(measures.length) : ''}
      </p>
      {error && !data ? (
        <QueryError error={error} retry={refresh} />
      ) : !data ? (
        <Loading />
      ) : measures.length === 0 ? (
        <Empty>{m.noResults}</Empty>
      ) : (
        <>
          <ul className="grid long-list measure-list">
            {measures.map((measure) => (
              <li key={measure.id}>
                <MeasureCard measure={measure} />
              </li>
            ))}
          </ul>
          {data.measures.pageInfo.hasNextPage ? (
            <p className="notice notice--warning">{m.moreResults}</p>
          ) : null}
        </>
      )}
    </Page>
  );
};
