import { addDays, type CalendarDate, calendarDate } from '@fahrplan/domain';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { useViewer } from '../../session/session.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { IndicatorCard } from '../../shared/indicator/indicator-card.js';
import { useUrlParam, withParams } from '../../shared/url-state.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { SelectField } from '../../ui/fields.js';
import { Page, Section } from '../../ui/page.js';
import { CycleSection } from './cycle-section.js';
import { FunnelSection } from './funnel-section.js';
import { type Lagebild, LagebildQuery } from './lagebild-query.js';
import { lagebildMessages } from './messages.js';

/** Moved goalposts since the start: the dashboard shows every target change on record. */
const SINCE = '2000-01-01';
const DUE_SOON_DAYS = 90;

const MeasureLink = ({ measure }: { readonly measure: { id: string; title: string } }) => {
  const href = useHrefWithAsOf();
  return <Link href={href(itemPath('Measure', measure.id))}>{measure.title}</Link>;
};

const Confidence = ({ groups }: { readonly groups: Lagebild['measuresByConfidence'] }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  return (
    <Section title={m.confidence} id="lagebild-confidence">
      <div className="lagebild-grid">
        {groups.map((group) => {
          const name = group.confidence ? m[group.confidence] : m.unrated;
          return (
            <section key={group.confidence ?? 'unrated'} aria-label={name}>
              <h3>
                <span className={`badge badge--${group.confidence ?? 'unrated'}`}>{name}</span> (
                {group.count})
              </h3>
              {group.measures.length === 0 ? (
                <p className="meta">{m.noMeasures}</p>
              ) : (
                <ul>
                  {group.measures.map((measure) => (
                    <li key={measure.id}>
                      <MeasureLink measure={measure} />
                      {measure.confidence ? (
                        <p className="meta">
                          {measure.confidence.reason ? `${measure.confidence.reason} · ` : ''}
                          {m.ratedOn(format.date(measure.confidence.ratedAt))}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Section>
  );
};

const Milestones = ({ data, day }: { readonly data: Lagebild; readonly day: CalendarDate }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  const until = addDays(day, DUE_SOON_DAYS);
  const dueSoon = data.measures.edges
    .flatMap(({ node }) => node.milestones.map((milestone) => ({ measure: node, milestone })))
    .filter(
      ({ milestone }) =>
        milestone.status === 'OPEN' && milestone.dueDate >= day && milestone.dueDate <= until,
    )
    .sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate));
  return (
    <Section title={m.milestones} id="lagebild-milestones">
      <section aria-labelledby="lagebild-overdue">
        <h3 id="lagebild-overdue">{m.overdue}</h3>
        {data.overdueMilestones.length === 0 ? (
          <p className="meta">{m.noOverdue}</p>
        ) : (
          <ul>
            {data.overdueMilestones.map((overdue) => (
              <li key={`${overdue.measure.id}-${overdue.milestone?.milestoneId ?? ''}`}>
                <strong>{overdue.milestone?.title}</strong>{' '}
                <span className="badge badge--RED">{m.overdueFor(overdue.daysOverdue)}</span>{' '}
                {overdue.milestone ? `(${m.dueOn(format.date(overdue.milestone.dueDate))}) ` : ''}·{' '}
                <MeasureLink measure={overdue.measure} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="lagebild-due-soon">
        <h3 id="lagebild-due-soon">{m.dueSoon}</h3>
        {dueSoon.length === 0 ? (
          <p className="meta">{m.noDueSoon}</p>
        ) : (
          <ul>
            {dueSoon.map(({ measure, milestone }) => (
              <li key={`${measure.id}-${milestone.milestoneId}`}>
                <strong>{milestone.title}</strong> ({m.dueOn(format.date(milestone.dueDate))}) ·{' '}
                <MeasureLink measure={measure} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Section>
  );
};

const Indicators = ({ indicators }: { readonly indicators: Lagebild['indicators'] }) => {
  const m = useMessages(lagebildMessages);
  return (
    <Section title={m.indicators} id="lagebild-indicators">
      {indicators.length === 0 ? (
        <Empty>{m.noIndicators}</Empty>
      ) : (
        <>
          <p className="meta">{m.indicatorsIntro}</p>
          <ul className="lagebild-grid">
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorCard indicator={indicator} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
};

const MovedGoalposts = ({ moved }: { readonly moved: Lagebild['movedGoalposts'] }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  return (
    <Section title={m.movedGoalposts} id="lagebild-moved">
      {moved.length === 0 ? (
        <p className="meta">{m.noMovedGoalposts}</p>
      ) : (
        <ul>
          {moved.map((change) => {
            const target = (value: { value: number; date: string } | null) =>
              value
                ? `${format.number(value.value)} ${change.indicator?.unit ?? ''} (${format.shortDate(value.date)})`
                : '—';
            const what =
              change.kind === 'INDICATOR_TARGET'
                ? m.targetMoved(
                    change.indicator?.title ?? '',
                    target(change.previousTarget),
                    target(change.target),
                  )
                : m.dueMoved(
                    change.milestone?.title ?? '',
                    change.previousDueDate ? format.shortDate(change.previousDueDate) : '—',
                    change.dueDate ? format.shortDate(change.dueDate) : '—',
                  );
            return (
              <li key={`${change.kind}-${change.changedAt}`}>
                <strong>{what}</strong>, {m.changedOn(format.date(change.changedAt))}
                {change.measure ? (
                  <>
                    {' '}
                    · <MeasureLink measure={change.measure} />
                  </>
                ) : null}
                {change.reason ? (
                  <p className="meta">
                    {m.reason}: {change.reason}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
};

/** The action field filter; the measures list uses the same parameter. */
const ActionFieldFilter = ({
  data,
  value,
  onChange,
}: {
  readonly data: Lagebild | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) => {
  const m = useMessages(lagebildMessages);
  const name = useActionFieldName();
  const fields = data?.actionFields.edges.map(({ node }) => node) ?? [];
  return (
    <form className="filters no-print" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={m.actionField}
        value={value}
        onChange={onChange}
        options={[
          { value: '', label: m.allActionFields },
          ...fields.map((field) => ({ value: field.id, label: name(field) })),
        ]}
      />
    </form>
  );
};

/**
 * Lagebild: are we on course for 2030? The Ampel, overdue and upcoming milestones, indicators
 * (worst first), moved goalposts, the open reporting cycle and the participation funnel — all at
 * one moment, so "Stand vom …" shows the picture of any past day; for one action field if
 * chosen (kept in the address, like every filter).
 */
export const LagebildPage = () => {
  const m = useMessages(lagebildMessages);
  const { date, asOf, asOfBasis } = useAsOf();
  const today = useToday();
  const day = (date && calendarDate(date.slice(0, 10))) || today;
  const process = useProcessSlug();
  const viewer = useViewer();
  const seesEverything = !viewer.publicOnly;
  const [actionField, setActionField] = useUrlParam('handlungsfeld', { replace: true });
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: LagebildQuery,
    variables: { process, actionField: actionField || null, asOf, asOfBasis, since: SINCE },
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Write controls only for what the viewer may do, and never in a historical view.
  const can = (mutation: string) => !asOf && viewer.can(mutation);
  // The bulk values table opens on the same action field.
  const valuesSearch = withParams('', { handlungsfeld: actionField }).toString();
  const inFilter = (measureId: string) =>
    !actionField || (data?.measures.edges.some(({ node }) => node.id === measureId) ?? false);
  return (
    <Page title={m.title} subtitle={m.intro}>
      <ActionFieldFilter data={data} value={actionField} onChange={setActionField} />
      <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
      {error && !data ? (
        <QueryError error={error} retry={reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <Confidence groups={data.measuresByConfidence} />
          <Milestones data={data} day={day} />
          <Indicators indicators={data.indicators} />
          <MovedGoalposts moved={data.movedGoalposts} />
          {seesEverything ? (
            <CycleSection
              data={data}
              inFilter={inFilter}
              valuesHref={`/lagebild/werte${valuesSearch ? `?${valuesSearch}` : ''}`}
              reload={reload}
              done={setNotice}
              may={{
                open: can('openReportingCycle'),
                close: can('closeReportingCycle'),
                review: can('acceptStatusReport'),
                submit: can('submitStatusReport'),
                reportValues: can('reportIndicatorValue'),
              }}
            />
          ) : null}
          <FunnelSection funnel={data.participationFunnel} />
        </>
      )}
    </Page>
  );
};
