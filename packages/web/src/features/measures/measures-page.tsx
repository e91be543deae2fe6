import { MEASURE_EVENT_TYPES, type MeasureStatus } from '@fahrplan/domain';
import { localIdOf } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { statusFilterOf } from '../../i18n/domain-keys.js';
import { useMessages } from '../../i18n/i18n.js';
import { useLiveQuery } from '../../live/use-live-query.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { SheetDownload } from '../../shared/sheets/sheet-download.js';
import { useUrlState } from '../../shared/url-state.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { MeasureCard } from './measure-card.js';
import { type MeasureFilter, MeasureFilters } from './measure-filters.js';
import { MeasuresQuery } from './measures-query.js';
import { measureMessages } from './messages.js';

const LIVE = { eventTypes: [...MEASURE_EVENT_TYPES] };
/** The filters' address parameters: German, like the rest of the app's addresses. */
const PARAMS = { status: 'status', actionField: 'handlungsfeld', search: 'suche' } as const;

const readFilter = (params: URLSearchParams): MeasureFilter => ({
  status: params.get(PARAMS.status) ?? '',
  actionField: params.get(PARAMS.actionField) ?? '',
  search: params.get(PARAMS.search) ?? '',
});

const writeFilter = (filter: MeasureFilter) => ({
  [PARAMS.status]: filter.status,
  [PARAMS.actionField]: filter.actionField,
  [PARAMS.search]: filter.search,
});

/** Maßnahmen: every adopted measure, filtered by status, action field and text. */
export const MeasuresPage = () => {
  const m = useMessages(measureMessages);
  const fieldTitle = useActionFieldName();
  const { asOf, asOfBasis } = useAsOf();
  const process = useProcessSlug();
  const [filter, setFilter] = useUrlState(readFilter, writeFilter, { replace: true });
  const [{ data, error, fetching }, refresh] = useLiveQuery(
    {
      query: MeasuresQuery,
      variables: {
        asOf,
        asOfBasis,
        process,
        statuses: statusFilterOf<MeasureStatus>('Measure', filter.status),
        actionField: filter.actionField || null,
        search: filter.search || null,
      },
    },
    LIVE,
  );
  const measures = data?.measures.edges.map((edge) => edge.node) ?? [];
  const actionFields = (data?.actionFields.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: fieldTitle(node),
  }));
  return (
    <Page
      title={m.listTitle}
      subtitle={m.listIntro}
      actions={
        <SheetDownload
          path="/tabellen/massnahmen.xlsx"
          params={{
            process,
            actionField: filter.actionField ? localIdOf(filter.actionField) : null,
            status: filter.status,
          }}
          name={m.sheetFile}
        />
      }
    >
      <MeasureFilters
        filter={filter}
        onChange={(change) => setFilter({ ...filter, ...change })}
        actionFields={actionFields}
      />
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
