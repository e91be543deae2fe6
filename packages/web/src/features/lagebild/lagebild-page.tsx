import { addDays, type CalendarDate, calendarDate } from '@fahrplan/domain';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { useViewer } from '../../session/session.js';
import { IndicatorCard } from '../../shared/indicator/indicator-card.js';
import { useSectorLabel } from '../../shared/options.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
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

const Cycle = ({ cycles }: { readonly cycles: Lagebild['reportingCycles'] }) => {
  const m = useMessages(lagebildMessages);
  const format = useFormat();
  const cycle = cycles[0];
  return (
    <Section title={m.cycle} id="lagebild-cycle">
      {cycle === undefined ? (
        <p className="meta">{m.noCycle}</p>
      ) : (
        <>
          <p>
            {m.cycleProgress(
              cycle.title,
              format.date(cycle.deadline),
              cycle.reports.length,
              cycle.missingReports.length,
            )}
          </p>
          {cycle.missingReports.length > 0 ? (
            <>
              <h3>{m.missing}</h3>
              <ul>
                {cycle.missingReports.map((missing) => (
                  <li key={missing.measure.id}>
                    <MeasureLink measure={missing.measure} />
                    {missing.returned ? ` (${m.returned})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Section>
  );
};

const Funnel = ({ funnel }: { readonly funnel: Lagebild['participationFunnel'] }) => {
  const m = useMessages(lagebildMessages);
  const sectorLabel = useSectorLabel();
  const stages = ['captured', 'takenUp', 'adopted', 'inImplementation'] as const;
  const most = Math.max(1, ...funnel.map((sector) => sector.captured));
  return (
    <Section title={m.funnel} id="lagebild-funnel">
      <p className="meta">{m.funnelIntro}</p>
      <table className="lagebild-table">
        <caption className="visually-hidden">{m.funnel}</caption>
        <thead>
          <tr>
            <th scope="col">{m.sector}</th>
            {stages.map((stage) => (
              <th scope="col" key={stage}>
                {m[stage]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {funnel.map((sector) => (
            <tr key={sector.sector}>
              <th scope="row">{sectorLabel(sector.sector)}</th>
              {stages.map((stage) => (
                <td key={stage}>
                  <span
                    className="funnel-bar"
                    aria-hidden="true"
                    style={{ width: `${(sector[stage] / most) * 3}rem` }}
                  />
                  {sector[stage]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
};

/**
 * Lagebild: are we on course for 2030? The Ampel, overdue and upcoming milestones, indicators
 * (worst first), moved goalposts, the open reporting cycle and the participation funnel — all at
 * one moment, so "Stand vom …" shows the picture of any past day.
 */
export const LagebildPage = () => {
  const m = useMessages(lagebildMessages);
  const { date, asOf, asOfBasis } = useAsOf();
  const today = useToday();
  const day = (date && calendarDate(date.slice(0, 10))) || today;
  const process = useProcessSlug();
  const seesEverything = !useViewer().publicOnly;
  const [{ data, error }, reexecute] = useQuery({
    query: LagebildQuery,
    variables: { process, asOf, asOfBasis, since: SINCE },
  });
  return (
    <Page title={m.title} subtitle={m.intro}>
      {error && !data ? (
        <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <Confidence groups={data.measuresByConfidence} />
          <Milestones data={data} day={day} />
          <Indicators indicators={data.indicators} />
          <MovedGoalposts moved={data.movedGoalposts} />
          {seesEverything ? <Cycle cycles={data.reportingCycles} /> : null}
          <Funnel funnel={data.participationFunnel} />
        </>
      )}
    </Page>
  );
};
