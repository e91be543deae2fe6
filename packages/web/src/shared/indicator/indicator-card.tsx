import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { Table } from '../../ui/table.js';
import { IndicatorChart } from './indicator-chart.js';
import type { IndicatorCardData } from './indicator-fields.js';
import { indicatorMessages } from './messages.js';

/** An indicator: its rating, a small chart and the same figures as a table, with sources. */
export const IndicatorCard = ({
  indicator,
  withMeasure = true,
}: {
  readonly indicator: IndicatorCardData;
  /** Off on the measure's own page. */
  readonly withMeasure?: boolean;
}) => {
  const m = useMessages(indicatorMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const figure = (value: number) => `${format.number(value)} ${indicator.unit}`;
  const { rating, expected } = indicator.assessment;
  return (
    <article className="card" aria-labelledby={`indicator-${indicator.id}`}>
      <h3 id={`indicator-${indicator.id}`}>{indicator.title}</h3>
      <p>
        <span className={`badge badge--${rating}`}>{m[rating]}</span>
        {indicator.measure && withMeasure ? (
          <>
            {' '}
            ·{' '}
            <Link href={href(itemPath('Measure', indicator.measure.id))}>
              {indicator.measure.title}
            </Link>
          </>
        ) : null}
      </p>
      <IndicatorChart indicator={indicator} />
      {expected === null ? null : (
        <p className="meta">{m.expectedNow(figure(Math.round(expected * 10) / 10))}</p>
      )}
      <Table
        className="lagebild-table"
        caption={m.values(indicator.title)}
        columns={[m.date, m.value, m.source]}
        wrap={false}
      >
        <tr>
          <td>
            {format.shortDate(indicator.baseline.date)} ({m.baseline})
          </td>
          <td>{figure(indicator.baseline.value)}</td>
          <td>{indicator.baseline.source}</td>
        </tr>
        {indicator.values.map((value) => (
          <tr key={value.valueId}>
            <td>{format.shortDate(value.referenceDate)}</td>
            <td>{figure(value.value)}</td>
            <td>{value.source}</td>
          </tr>
        ))}
        <tr>
          <td>
            {format.shortDate(indicator.target.date)} ({m.target})
          </td>
          <td>{figure(indicator.target.value)}</td>
          <td />
        </tr>
      </Table>
    </article>
  );
};
