import { createOnce } from '../shared/create-once.js';
import { itemDecider } from '../shared/index.js';

import type { MeasureCommand } from './commands.js';
import { plan, revise } from './decide-content.js';
import { assignResponsibility, rateConfidence } from './decide-delivery.js';
import { reportProgress, transition } from './decide-lifecycle.js';
import { planMilestone, reach, reschedule } from './decide-milestones.js';
import { type MeasureState, OPEN_STATUSES } from './state.js';

/**
 * The transition table: planned → in_progress → completion_requested (with evidence) → completed
 * on the ministry's confirmation, or back to in_progress; stopped from any open status. Content,
 * milestones, responsibility and confidence change while the measure is open; progress is
 * reported while the work runs.
 */
const FROM = {
  ReviseMeasure: OPEN_STATUSES,
  StartMeasure: ['planned'],
  CompleteMeasure: ['in_progress'],
  StopMeasure: OPEN_STATUSES,
  RequestMeasureCompletion: ['in_progress'],
  ConfirmMeasureCompletion: ['completion_requested'],
  ReturnMeasureCompletion: ['completion_requested'],
  ReportMeasureProgress: ['in_progress', 'completion_requested'],
  PlanMilestone: OPEN_STATUSES,
  RescheduleMilestone: OPEN_STATUSES,
  ReachMilestone: OPEN_STATUSES,
  AssignMeasureResponsibility: OPEN_STATUSES,
  RateMeasureConfidence: OPEN_STATUSES,
} as const;

export const decide = itemDecider<MeasureCommand, MeasureState>()({
  idField: 'measureId',
  create: { PlanMeasure: createOnce('Measure', 'measureId', plan) },
  from: FROM,
  change: {
    ReviseMeasure: revise,
    StartMeasure: transition,
    CompleteMeasure: transition,
    StopMeasure: transition,
    RequestMeasureCompletion: transition,
    ConfirmMeasureCompletion: transition,
    ReturnMeasureCompletion: transition,
    ReportMeasureProgress: reportProgress,
    PlanMilestone: planMilestone,
    RescheduleMilestone: reschedule,
    ReachMilestone: reach,
    AssignMeasureResponsibility: assignResponsibility,
    RateMeasureConfidence: rateConfidence,
  },
});
