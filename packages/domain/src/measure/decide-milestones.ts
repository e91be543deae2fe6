import {
  badInput,
  checkEvidenceGiven,
  checkedCalendarDate,
  checkNewMilestone,
  checkReason,
  type DomainError,
  firstError,
  isDomainError,
  oneEvent,
  openMilestone,
} from '../shared/index.js';
import type { PlanMilestone, ReachMilestone, RescheduleMilestone } from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure } from './state.js';
import { checkDueDate } from './validate.js';

type Decision = readonly MeasureEvent[] | DomainError;

/** Milestones put the measure on the roadmap to 2030; a closed measure's stay as they were. */
export const planMilestone = (command: PlanMilestone, state: ExistingMeasure): Decision => {
  const { milestoneId, title, dueDate } = command.data;
  const invalid = checkNewMilestone(
    state.milestones,
    command.data,
    checkDueDate(dueDate, state.adoptedAt, command.metadata.timeZone),
  );
  if (invalid) return invalid;
  const data = {
    measureId: state.measureId,
    milestoneId,
    title,
    dueDate: checkedCalendarDate(dueDate),
  };
  return oneEvent(command.metadata, { type: 'MilestonePlanned', schemaVersion: 2, data });
};

export const reschedule = (command: RescheduleMilestone, state: ExistingMeasure): Decision => {
  const { milestoneId, dueDate } = command.data;
  const milestone = openMilestone(state.milestones, milestoneId, command.type);
  if (isDomainError(milestone)) return milestone;
  const invalid = firstError(
    checkReason(command.metadata),
    checkDueDate(dueDate, state.adoptedAt, command.metadata.timeZone),
    dueDate === milestone.dueDate
      ? badInput(
          'dueDate',
          `Der Meilenstein ist schon auf ${dueDate} terminiert.`,
          `The milestone is already due on ${dueDate}.`,
        )
      : undefined,
  );
  if (invalid) return invalid;
  const data = {
    measureId: state.measureId,
    milestoneId,
    dueDate: checkedCalendarDate(dueDate),
    previousDueDate: milestone.dueDate,
  };
  return oneEvent(command.metadata, { type: 'MilestoneRescheduled', schemaVersion: 2, data });
};

/** Evidence before done: a document, a link or the meeting where it was shown. */
export const reach = (command: ReachMilestone, state: ExistingMeasure): Decision => {
  const milestone = openMilestone(state.milestones, command.data.milestoneId, command.type);
  if (isDomainError(milestone)) return milestone;
  const invalid = checkEvidenceGiven(command.metadata);
  if (invalid) return invalid;
  const data = { measureId: state.measureId, milestoneId: milestone.milestoneId };
  return oneEvent(command.metadata, { type: 'MilestoneReached', schemaVersion: 1, data });
};
