import { addDays, calendarDate, endOfDayIn, KIND_LABELS, startOfDayIn } from '@fahrplan/domain';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath, localIdOf } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql } from '../../graphql/graphql.js';
import { isKind } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { todayIn, useTimeZone } from '../../i18n/time-zone.js';
import { HistoryEntryFields } from '../../shared/item/fragments.js';
import { History } from '../../shared/item/history.js';
import { SheetDownload } from '../../shared/sheets/sheet-download.js';
import { useUrlState } from '../../shared/url-state.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { groupByActionField } from './group-by-field.js';
import { changesMessages } from './messages.js';
import { PeriodForm, periodFrom, periodParams } from './period-form.js';
import { PrintStamp } from './print-stamp.js';

const ChangesQuery = graphql(
  `
  query Changes($process: String, $since: DateTime!, $until: DateTime, $actionField: ID, $basis: TimeBasis) {
    changes(process: $process, since: $since, until: $until, actionField: $actionField, basis: $basis) {
      itemId
      itemKind
      item {
        id
        title
        status
      }
      actionField {
        id
        title
      }
      events {
        ...HistoryEntryFields
      }
    }
    actionFields(process: $process, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`,
  [HistoryEntryFields],
);

/** "Änderungen seit …": what the steering group reviews, grouped by action field and item. */
export const ChangesScreen = () => {
  const m = useMessages(changesMessages);
  const format = useFormat();
  const label = useLabel();
  const href = useHrefWithAsOf();
  const asOfDate = useAsOf().date?.slice(0, 10) ?? null;
  const timeZone = useTimeZone();
  const process = useProcessSlug();
  const today = todayIn(timeZone);
  const readPeriod = useCallback(
    (params: URLSearchParams) => periodFrom(params, asOfDate, today),
    [asOfDate, today],
  );
  const [period, setPeriod] = useUrlState(readPeriod, periodParams);
  // Days are the installation's: "since 1 March" starts at midnight in Germany.
  const since = calendarDate(period.since) ?? addDays(today, -28);
  const until = calendarDate(period.until);
  const untilMoment = until ? endOfDayIn(until, timeZone) : null;
  const [{ data, fetching, error }, reload] = useQuery({
    query: ChangesQuery,
    variables: {
      since: startOfDayIn(since, timeZone),
      until: untilMoment,
      actionField: period.field || null,
      basis: period.basis,
      process,
    },
  });
  const groups = groupByActionField(data?.changes ?? []);
  const sinceText = format.date(period.since);
  const untilText = period.until ? format.date(period.until) : m.today;
  const eventCount = (data?.changes ?? []).reduce((sum, change) => sum + change.events.length, 0);
  return (
    <Page
      title={m.title}
      subtitle={m.intro}
      actions={
        <>
          <button type="button" className="button" onClick={() => globalThis.print()}>
            {m.print}
          </button>
          <SheetDownload
            path="/tabellen/aktivitaet.xlsx"
            params={{
              process,
              since: startOfDayIn(since, timeZone),
              until: untilMoment,
              actionField: period.field ? localIdOf(period.field) : null,
            }}
            name={m.sheetFile}
          />
        </>
      }
    >
      <PeriodForm
        key={JSON.stringify(period)}
        initial={period}
        fields={(data?.actionFields.edges ?? []).map(({ node }) => node)}
        onApply={setPeriod}
      />
      <p className="meta no-print">{m.window(sinceText, untilText)}</p>
      <PrintStamp
        period={m.periodValue(sinceText, untilText)}
        // A window by occurrence holds what was recorded up to now: the head now is its stamp.
        until={period.basis === 'RECORDED' ? untilMoment : null}
      />
      {error ? (
        <QueryError error={error} retry={() => reload({ requestPolicy: 'network-only' })} />
      ) : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        <p role="status" data-testid="changes-summary">
          {m.summary(data.changes.length, eventCount)}
        </p>
      ) : null}
      {data && data.changes.length === 0 ? <Empty>{m.none}</Empty> : null}
      {groups.map((group) => (
        <Section key={group.fieldId ?? 'none'} title={group.fieldTitle ?? m.noField}>
          {group.items.map((change) => (
            <article key={change.itemId} className="change">
              <h3>
                {change.item && isKind(change.itemKind) ? (
                  <Link href={href(itemPath(change.itemKind, change.item.id))}>
                    {change.item.title}
                  </Link>
                ) : (
                  m.hiddenItem
                )}
              </h3>
              <p className="row meta">
                <span>
                  {isKind(change.itemKind) ? label(KIND_LABELS[change.itemKind]) : change.itemKind}
                </span>
                {change.item && isKind(change.itemKind) ? (
                  <StatusBadge kind={change.itemKind} status={change.item.status} />
                ) : null}
              </p>
              {isKind(change.itemKind) ? (
                <History history={change.events} kind={change.itemKind} />
              ) : null}
            </article>
          ))}
        </Section>
      ))}
    </Page>
  );
};
