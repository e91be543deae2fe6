import { addEdge, assertNever, coversFields, provenanceOfItem } from '../shared/index.js';
import type { MeasureEvent } from './events.js';

/**
 * A measure is the target of `adoptedFrom` (its recommendation) and `coversField` (the action
 * fields it was adopted with); both are fixed at planning and never change.
 */
export const provenanceOf = provenanceOfItem<MeasureEvent>('Measure', (event, self) => {
  switch (event.type) {
    case 'MeasurePlanned':
      return [
        addEdge('adoptedFrom', { kind: 'Recommendation', id: event.data.adoptedFrom }, self),
        ...coversFields(event.data.actionFieldIds, self),
      ];
    case 'MeasureRevised':
    case 'MeasureStarted':
    case 'MeasureProgressReported':
    case 'MeasureCompleted':
    case 'MeasureStopped':
    case 'MilestonePlanned':
    case 'MilestoneRescheduled':
    case 'MilestoneReached':
    case 'MeasureResponsibilityAssigned':
    case 'MeasureConfidenceRated':
    case 'MeasureCompletionRequested':
    case 'MeasureCompletionReturned':
      return [];
    default:
      return assertNever(event);
  }
});
