import { useFormat, useMessages } from '../../i18n/i18n.js';
import { processMessages } from './messages.js';
import type { ProcessData } from './queries.js';

/**
 * The process's phases in order, as a list that reads aloud: each phase's status and dates in
 * words, the current one marked (`aria-current="step"`) and highlighted. The line and dots
 * only draw what the text says.
 */
export const PhaseTimeline = ({ process }: { readonly process: ProcessData }) => {
  const m = useMessages(processMessages);
  const format = useFormat();
  if (process.phases.length === 0) return <p className="empty">{m.noPhases}</p>;
  const current = process.currentPhase?.phaseId;
  return (
    <ol className="phase-timeline" data-testid="phase-timeline">
      {process.phases.map((phase) => {
        const isCurrent = phase.phaseId === current;
        return (
          <li
            key={phase.phaseId}
            className={`phase phase--${phase.status}${isCurrent ? ' phase--current' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="phase__title">{phase.title}</span>{' '}
            <span className={`badge badge--${phase.status}`}>{phase.statusLabel}</span>
            {isCurrent ? <span className="phase__current"> ({m.current})</span> : null}
            <span className="phase__dates meta">
              {m.planned(
                format.date(phase.plannedStart),
                phase.plannedEnd ? format.date(phase.plannedEnd) : null,
              )}
              {phase.startedOn ? ` · ${m.started(format.date(phase.startedOn))}` : ''}
              {phase.closedOn ? ` · ${m.closed(format.date(phase.closedOn))}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
};
