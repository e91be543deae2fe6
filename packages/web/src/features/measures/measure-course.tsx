import { useFormat, useMessages } from '../../i18n/i18n.js';
import { IndicatorCard } from '../../shared/indicator/indicator-card.js';
import { Section } from '../../ui/page.js';
import { courseMessages } from './course-messages.js';
import type { MeasureDetail } from './measure-query.js';

/**
 * Is the measure on course? Who carries it, its Ampel with every rating and reason, its overdue
 * milestones, and its indicators (chart and table of values with sources).
 */
export const MeasureCourse = ({ measure }: { readonly measure: MeasureDetail }) => {
  const m = useMessages(courseMessages);
  const format = useFormat();
  const { responsibility, confidenceHistory, indicators } = measure;
  const overdue = measure.statusSummary.overdueMilestones;
  return (
    <Section title={m.title} id="measure-course">
      <h3>{m.responsibility}</h3>
      {responsibility ? (
        <p>
          {m.lead(`${responsibility.lead.organisation}, ${responsibility.lead.unit}`)}
          {responsibility.partners.length > 0 ? (
            <>
              <br />
              {m.partners(responsibility.partners.join(', '))}
            </>
          ) : null}
        </p>
      ) : (
        <p className="meta">{m.noResponsibility}</p>
      )}
      <h3>{m.confidence}</h3>
      {confidenceHistory.length === 0 ? (
        <p className="meta">{m.unrated}</p>
      ) : (
        <ol reversed>
          {[...confidenceHistory].reverse().map((rating) => (
            <li key={rating.ratedAt}>
              <span className={`badge badge--${rating.rating}`}>{m[rating.rating]}</span>{' '}
              {m.ratedOn(format.date(rating.ratedAt))}
              {rating.reason ? `: ${rating.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
      {overdue.length > 0 ? (
        <>
          <h3>{m.overdue}</h3>
          <ul>
            {overdue.map((late) => (
              <li key={late.milestone?.milestoneId ?? late.daysOverdue}>
                <strong>{late.milestone?.title}</strong>{' '}
                <span className="badge badge--RED">{m.overdueFor(late.daysOverdue)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{m.indicators}</h3>
      {indicators.length === 0 ? (
        <p className="meta">{m.noIndicators}</p>
      ) : (
        <ul className="lagebild-grid">
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <IndicatorCard indicator={indicator} withMeasure={false} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
