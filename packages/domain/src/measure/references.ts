import type { Reference } from '../shared/index.js';
import { assertNever, referencesAt } from '../shared/index.js';
import type { MeasureCommand } from './commands.js';

/** Items a command points at, which must exist: only planning names others. */
export const referencesOf = (command: MeasureCommand): readonly Reference[] => {
  switch (command.type) {
    case 'PlanMeasure':
      return [
        { kind: 'Recommendation', id: command.data.adoptedFrom, field: 'adoptedFrom' },
        ...referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds),
      ];
    case 'ReviseMeasure':
    case 'StartMeasure':
    case 'ReportMeasureProgress':
    case 'CompleteMeasure':
    case 'StopMeasure':
    case 'PlanMilestone':
    case 'RescheduleMilestone':
    case 'ReachMilestone':
    case 'AssignMeasureResponsibility':
    case 'RateMeasureConfidence':
    case 'RequestMeasureCompletion':
    case 'ConfirmMeasureCompletion':
    case 'ReturnMeasureCompletion':
      return [];
    default:
      return assertNever(command);
  }
};
