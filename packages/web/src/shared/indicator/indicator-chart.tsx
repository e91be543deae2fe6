import { useMessages } from '../../i18n/i18n.js';
import type { IndicatorCardData } from './indicator-fields.js';
import { indicatorMessages } from './messages.js';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 8;

const time = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/**
 * An indicator's course, drawn in plain SVG (no chart library: a few lines do it): the values
 * over time, the straight path from baseline to target (dashed) and the target (a ring). Only a
 * picture of the table beside it, which says the same in text.
 */
export const IndicatorChart = ({ indicator }: { readonly indicator: IndicatorCardData }) => {
  const m = useMessages(indicatorMessages);
  const { baseline, target, values } = indicator;
  const points = [
    { date: baseline.date, value: baseline.value },
    ...values.map((value) => ({ date: value.referenceDate, value: value.value })),
    { date: target.date, value: target.value },
  ];
  const times = points.map((point) => time(point.date));
  const figures = points.map((point) => point.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...figures), Math.max(...figures)];
  const x = (date: string) => PAD + ((time(date) - t0) / (t1 - t0 || 1)) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - ((value - v0) / (v1 - v0 || 1)) * (HEIGHT - 2 * PAD);
  const line = values.map((value) => `${x(value.referenceDate)},${y(value.value)}`).join(' ');
  return (
    <svg
      className="indicator-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={m.chartLabel(indicator.title)}
    >
      <line
        className="indicator-chart__path"
        x1={x(baseline.date)}
        y1={y(baseline.value)}
        x2={x(target.date)}
        y2={y(target.value)}
      />
      {values.length > 0 ? <polyline className="indicator-chart__values" points={line} /> : null}
      {values.map((value) => (
        <circle
          key={value.valueId}
          className="indicator-chart__value"
          cx={x(value.referenceDate)}
          cy={y(value.value)}
          r={3}
        />
      ))}
      <circle className="indicator-chart__target" cx={x(target.date)} cy={y(target.value)} r={5} />
    </svg>
  );
};
