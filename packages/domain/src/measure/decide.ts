import { itemDecider } from '../shared/index.js';

import type { MeasureCommand } from './commands.js';
import { plan, revise } from './decide-content.js';
import { assignResponsibility, rateConfidence } from './decide-delivery.js';
import { reportProgress, transition } from './decide-lifecycle.js';
import { planMilestone, reach, reschedule } from './decide-milestones.js';
import type { MeasureState } from './state.js';

export const decide = itemDecider<MeasureCommand, MeasureState>()({
  idField: 'measureId',
  create: { PlanMeasure: plan },
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
