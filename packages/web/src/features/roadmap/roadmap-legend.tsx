import { useMessages } from '../../i18n/i18n.js';
import { roadmapMessages } from './messages.js';

/** What the bars, markers and line mean; the samples repeat the shapes, the words explain them. */
export const RoadmapLegend = ({ nowLabel }: { readonly nowLabel: string }) => {
  const m = useMessages(roadmapMessages);
  const items = [
    { sample: 'roadmap-bar roadmap-bar--measure', text: m.legendMeasure },
    { sample: 'roadmap-bar roadmap-bar--idea', text: m.legendProjectIdea },
    { sample: 'roadmap-bar roadmap-bar--measure roadmap-bar--open-end', text: m.legendOpenEnd },
    { sample: 'roadmap-marker roadmap-marker--reached', text: m.legendReached },
    { sample: 'roadmap-marker roadmap-marker--open', text: m.legendOpen },
    { sample: 'roadmap-marker roadmap-marker--overdue', text: m.legendOverdue },
    { sample: 'roadmap-legend__now', text: nowLabel },
  ];
  return (
    <div className="roadmap-legend">
      <h2 className="visually-hidden">{m.legend}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            <span className="roadmap-legend__sample" aria-hidden="true">
              <span className={item.sample} />
            </span>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
};
