import { positionOf, type TimelineRange, type YearTick } from './timeline.js';

/** The years above a lane's bars, and where today (or the chosen date) lies. Visual only. */
export const RoadmapAxis = ({
  range,
  ticks,
  now,
  nowLabel,
}: {
  readonly range: TimelineRange;
  readonly ticks: readonly YearTick[];
  readonly now: string;
  readonly nowLabel: string;
}) => (
  <div className="roadmap-axis" aria-hidden="true">
    <div className="roadmap-axis__years">
      {ticks.map((tick) => (
        <span
          key={tick.year}
          className="roadmap-axis__year"
          style={{ left: `${tick.left}%`, width: `${tick.width}%` }}
        >
          {tick.year}
        </span>
      ))}
      <span className="roadmap-axis__now" style={{ left: `${positionOf(now, range)}%` }}>
        {nowLabel}
      </span>
    </div>
  </div>
);
