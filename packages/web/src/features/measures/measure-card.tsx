import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { Period } from '../../shared/measure/period.js';
import { ProgressBar } from '../../shared/measure/progress-bar.js';
import { StatusBadge } from '../../ui/status-badge.js';
import type { MeasureSummary } from './measures-query.js';
import { measureMessages } from './messages.js';

/** The recommendation the measure was adopted from, as a link. */
export const AdoptedFrom = ({
  recommendation,
}: {
  readonly recommendation: { readonly id: string; readonly title: string } | null;
}) => {
  const m = useMessages(measureMessages);
  const href = useHrefWithAsOf();
  return recommendation ? (
    <Link href={href(itemPath('Recommendation', recommendation.id))}>{recommendation.title}</Link>
  ) : (
    m.none
  );
};

/** One measure in the list: status and progress at a glance, then the facts. */
export const MeasureCard = ({ measure }: { readonly measure: MeasureSummary }) => {
  const m = useMessages(measureMessages);
  const href = useHrefWithAsOf();
  const fieldTitle = useActionFieldName();
  return (
    <article className="card measure-card">
      <h2 className="measure-card__title">
        <Link href={href(itemPath('Measure', measure.id))}>{measure.title}</Link>
      </h2>
      <p className="row">
        <StatusBadge kind="Measure" status={measure.status} />
        <ProgressBar value={measure.progress} />
      </p>
      <dl className="measure-facts measure-facts--compact">
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
          <dt>{m.adoptedFrom}</dt>
          <dd>
            <AdoptedFrom recommendation={measure.adoptedFrom} />
          </dd>
        </div>
        <div>
          <dt>{m.actionFields}</dt>
          <dd>
            {measure.actionFields.length === 0
              ? m.none
              : measure.actionFields.map((field) => fieldTitle(field)).join('; ')}
          </dd>
        </div>
      </dl>
    </article>
  );
};
