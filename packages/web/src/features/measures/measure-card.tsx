import type { ReactNode } from 'react';
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

/** One fact in a `measure-facts` list (each in its own `div`, which that grid lays out). */
export const MeasureFact = ({
  term,
  children,
}: {
  readonly term: string;
  readonly children: ReactNode;
}) => (
  <div>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

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
        <MeasureFact term={m.owner}>{measure.owner}</MeasureFact>
        <MeasureFact term={m.plannedPeriod}>
          <Period start={measure.plannedStart} end={measure.plannedEnd} />
        </MeasureFact>
        <MeasureFact term={m.adoptedFrom}>
          <AdoptedFrom recommendation={measure.adoptedFrom} />
        </MeasureFact>
        <MeasureFact term={m.actionFields}>
          {measure.actionFields.length === 0
            ? m.none
            : measure.actionFields.map((field) => fieldTitle(field)).join('; ')}
        </MeasureFact>
      </dl>
    </article>
  );
};
