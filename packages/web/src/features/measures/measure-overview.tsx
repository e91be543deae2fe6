import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { Period, useDayFormat } from '../../shared/measure/period.js';
import { ProgressBar } from '../../shared/measure/progress-bar.js';
import { Section } from '../../ui/page.js';
import { AdoptedFrom, MeasureFact } from './measure-card.js';
import type { MeasureDetail } from './measure-query.js';
import { measureMessages } from './messages.js';

/** What the measure does, who answers for it, when, how far it is, and where it came from. */
export const MeasureOverview = ({ measure }: { readonly measure: MeasureDetail }) => {
  const m = useMessages(measureMessages);
  const day = useDayFormat();
  const href = useHrefWithAsOf();
  const fieldTitle = useActionFieldName();
  return (
    <Section title={m.overview} id="overview">
      <dl className="measure-facts">
        <MeasureFact term={m.owner}>{measure.owner}</MeasureFact>
        <MeasureFact term={m.plannedPeriod}>
          <Period start={measure.plannedStart} end={measure.plannedEnd} />
        </MeasureFact>
        <MeasureFact term={m.progressColumn}>
          <ProgressBar value={measure.progress} labelled />
        </MeasureFact>
        <MeasureFact term={m.adoptedAt}>{day(measure.adoptedAt)}</MeasureFact>
        <MeasureFact term={m.startedAt}>
          {measure.startedAt ? day(measure.startedAt) : m.notStarted}
        </MeasureFact>
        {measure.completionRequestedAt ? (
          <MeasureFact term={m.completionRequestedAt}>
            {day(measure.completionRequestedAt)}
          </MeasureFact>
        ) : null}
        <MeasureFact term={m.adoptedFrom}>
          <AdoptedFrom recommendation={measure.adoptedFrom} />
        </MeasureFact>
        <MeasureFact term={m.actionFields}>
          {measure.actionFields.length === 0 ? (
            m.none
          ) : (
            <ul className="measure-facts__list">
              {measure.actionFields.map((field) => (
                <li key={field.id}>
                  <Link href={href(itemPath('ActionField', field.id))}>{fieldTitle(field)}</Link>
                </li>
              ))}
            </ul>
          )}
        </MeasureFact>
      </dl>
      <h3>{m.description}</h3>
      {measure.description ? (
        <p className="measure-description" lang="de">
          {measure.description}
        </p>
      ) : (
        <p className="meta">{m.noDescription}</p>
      )}
    </Section>
  );
};
