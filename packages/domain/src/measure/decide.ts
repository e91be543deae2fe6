import type { DomainError } from '../shared/index.js';
import { assertNever, notFound } from '../shared/index.js';
import type { MeasureCommand } from './commands.js';
import { plan, revise } from './decide-content.js';
import { assignResponsibility, rateConfidence } from './decide-delivery.js';
import { reportProgress, transition } from './decide-lifecycle.js';
import { planMilestone, reach, reschedule } from './decide-milestones.js';
import type { MeasureEvent } from './events.js';
import type { MeasureState } from './state.js';

export const decide = (
  command: MeasureCommand,
  state: MeasureState,
): readonly MeasureEvent[] | DomainError => {
  if (command.type === 'PlanMeasure') return plan(command, state);
  if (state.status === 'empty') return notFound('measureId', command.data.measureId);
  switch (command.type) {
    case 'ReviseMeasure':
      return revise(command, state);
    case 'StartMeasure':
    case 'CompleteMeasure':
    case 'StopMeasure':
    case 'RequestMeasureCompletion':
    case 'ConfirmMeasureCompletion':
    case 'ReturnMeasureCompletion':
      return transition(command, state);
    case 'ReportMeasureProgress':
      return reportProgress(command, state);
    case 'PlanMilestone':
      return planMilestone(command, state);
    case 'RescheduleMilestone':
      return reschedule(command, state);
    case 'ReachMilestone':
      return reach(command, state);
    case 'AssignMeasureResponsibility':
      return assignResponsibility(command, state);
    case 'RateMeasureConfidence':
      return rateConfidence(command, state);
    default:
      return assertNever(command);
  }
};
