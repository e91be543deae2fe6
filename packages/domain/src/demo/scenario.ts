import { actionFieldSteps } from './action-fields.js';
import { guidelineSteps } from './guidelines.js';
import { lagebildSteps } from './lagebild.js';
import { measureSteps } from './measures.js';
import { meetingSteps } from './meetings.js';
import { participantSteps } from './participants.js';
import { fachkraefteSteps, strategieWerkstattSteps } from './processes.js';
import { crossInnovationLabSteps, lernfabrikSteps } from './project-ideas.js';
import { decisionSteps } from './recommendation-decisions.js';
import { reviewSteps } from './recommendation-review.js';
import { draftSteps } from './recommendations.js';
import { actorsAt, type DemoStep } from './step.js';
import { suggestionSteps } from './suggestions.js';

export interface DemoScenarioOptions {
  /** The caller's clock (ISO 8601); every step happened on or before it (latest: 2025-11-18). */
  readonly now: string;
  /** The installation's time zone (IANA); the StrategieWerkstatt's is `Europe/Berlin`. */
  readonly timeZone?: string;
}

const timeOf = (step: DemoStep): number =>
  Date.parse(step.command.metadata.occurredAt ?? step.command.metadata.now);

/**
 * The StrategieWerkstatt: Industrie der ZUKUNFT. (2016–2018) with its phases, the implementation of
 * its first measure to 2030, and a smaller skilled-labour strategy (2019–) that takes up one of its
 * suggestions, as the commands a caller issues, in the order they happened. Follow-ups
 * (taking up suggestions, planning the measure, drafting split parts) are not steps: they arise
 * from the aggregates' reactions, as in the API. Deterministic: the same `now`, the same steps.
 *
 * @throws RangeError when `now` is no date or lies before a step of the scenario.
 */
export const demoScenario = ({
  now,
  timeZone = 'Europe/Berlin',
}: DemoScenarioOptions): readonly DemoStep[] => {
  if (Number.isNaN(Date.parse(now))) throw new RangeError(`now is not a date: ${now}`);
  const by = actorsAt(now, timeZone);
  const steps = [
    ...strategieWerkstattSteps(by),
    ...actionFieldSteps(by),
    ...meetingSteps(by),
    ...participantSteps(by),
    ...suggestionSteps(by),
    ...draftSteps(by),
    ...reviewSteps(by),
    ...decisionSteps(by),
    ...guidelineSteps(by),
    ...crossInnovationLabSteps(by),
    ...lernfabrikSteps(by),
    ...measureSteps(by),
    ...lagebildSteps(by),
    ...fachkraefteSteps(by),
  ];
  const late = steps.find((step) => timeOf(step) > Date.parse(now));
  if (late !== undefined) {
    throw new RangeError(
      `now (${now}) lies before ${late.command.type} of ${late.command.metadata.occurredAt}`,
    );
  }
  // Stable: steps of the same day keep the order above, which respects every reference.
  return [...steps].sort((a, b) => timeOf(a) - timeOf(b));
};
