import type { ReactNode } from 'react';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { Fact } from '../../ui/fact.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { processMessages } from './messages.js';
import { processPeriod } from './period.js';
import type { ProcessData } from './queries.js';

/** The figures shown, in this order. */
const FIGURES = ['actionFields', 'meetings', 'suggestions', 'recommendations', 'measures'] as const;

/** A process at a glance: status, current phase, period and how much it holds. */
export const ProcessFacts = ({
  process,
  children,
}: {
  readonly process: ProcessData;
  /** Facts to name first. */
  readonly children?: ReactNode;
}) => {
  const m = useMessages(processMessages);
  const format = useFormat();
  const { from, to } = processPeriod(process);
  const { figures } = process;
  return (
    <dl className="facts">
      {children}
      <Fact term={m.status}>
        <StatusBadge kind="Process" status={process.status} />
      </Fact>
      <Fact term={m.currentPhase}>{process.currentPhase?.title ?? m.noCurrentPhase}</Fact>
      <Fact term={m.period}>
        {from ? m.periodOf(format.date(from), to ? format.date(to) : m.openEnd) : m.notStarted}
      </Fact>
      <Fact term={m.figures}>
        {FIGURES.map((figure) => {
          const [one, many] = m.figureUnits[figure];
          return `${format.number(figures[figure])} ${figures[figure] === 1 ? one : many}`;
        }).join(', ')}
      </Fact>
    </dl>
  );
};
