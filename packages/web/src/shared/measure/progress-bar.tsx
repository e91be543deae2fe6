import { useFormat, useMessages } from '../../i18n/i18n.js';
import { measureShownMessages } from './messages.js';

/** A measure's progress: the text says it, the bar only shows it. */
export const ProgressBar = ({
  value,
  labelled = false,
}: {
  readonly value: number;
  /** Beside a label that already says "Fortschritt": the text gives the figure only. */
  readonly labelled?: boolean;
}) => {
  const m = useMessages(measureShownMessages);
  const format = useFormat();
  const percent = Math.min(100, Math.max(0, value));
  return (
    <span className="progress">
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="progress__text">
        {labelled ? format.percent(percent) : m.progress(format.percent(percent))}
      </span>
    </span>
  );
};
