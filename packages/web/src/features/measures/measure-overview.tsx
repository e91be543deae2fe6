import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { Period, useDayFormat } from '../../shared/measure/period.js';
import { ProgressBar } from '../../shared/measure/progress-bar.js';
import { Section } from '../../ui/page.js';
import { AdoptedFrom } from './measure-card.js';
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
        <div>
          <dt>{m.owner}</dt>
          <dd>{measure.owner}</dd>
        </div>
        <div>
          <dt>{m.plannedPeriod}</dt>
          <dd>
            <Period start={measure.plannedStart} end={measure.plannedEnd} />
          </dd>
        </div>
        <div>
          <dt>{m.progressColumn}</dt>
          <dd>
            <ProgressBar value={measure.progress} labelled />
          </dd>
        </div>
        <div>
          <dt>{m.adoptedAt}</dt>
          <dd>{day(measure.adoptedAt)}</dd>
        </div>
        <div>
          <dt>{m.startedAt}</dt>
          <dd>{measure.startedAt ? day(measure.startedAt) : m.notStarted}</dd>
        </div>
        {measure.completionRequestedAt ? (
          <div>
            <dt>{m.completionRequestedAt}</dt>
            <dd>{day(measure.completionRequestedAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{m.adoptedFrom}</dt>
          <dd>
            <AdoptedFrom recommendation={measure.adoptedFrom} />
          </dd>
        </div>
        <div>
          <dt>{m.actionFields}</dt>
          <dd>
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
          </dd>
        </div>
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
