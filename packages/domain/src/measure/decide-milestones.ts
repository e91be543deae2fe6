import {
  badInput,
  checkEvidenceGiven,
  checkedCalendarDate,
  checkNewMilestone,
  checkReason,
  type DomainError,
  firstError,
  headerOf,
  invalidTransition,
  isDomainError,
  openMilestone,
} from '../shared/index.js';
import type { PlanMilestone, ReachMilestone, RescheduleMilestone } from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure } from './state.js';
import { isOpen } from './state.js';
import { checkDueDate } from './validate.js';

type Decision = readonly MeasureEvent[] | DomainError;

/** Milestones put the measure on the roadmap to 2030; a closed measure's stay as they were. */
export const planMilestone = (command: PlanMilestone, state: ExistingMeasure): Decision => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId, title, dueDate } = command.data;
  const header =
    checkNewMilestone(
      state.milestones,
      command.data,
      checkDueDate(dueDate, state.adoptedAt, command.metadata.timeZone),
    ) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = {
    measureId: state.measureId,
    milestoneId,
    title,
    dueDate: checkedCalendarDate(dueDate),
  };
  return [{ type: 'MilestonePlanned', schemaVersion: 2, ...header, data }];
};

export const reschedule = (command: RescheduleMilestone, state: ExistingMeasure): Decision => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId, dueDate } = command.data;
  const milestone = openMilestone(state.milestones, milestoneId, command.type);
  if (isDomainError(milestone)) return milestone;
  const header =
    firstError(
      checkReason(command.metadata),
      checkDueDate(dueDate, state.adoptedAt, command.metadata.timeZone),
      dueDate === milestone.dueDate
        ? badInput(
            'dueDate',
            `Der Meilenstein ist schon auf ${dueDate} terminiert.`,
            `The milestone is already due on ${dueDate}.`,
          )
        : undefined,
    ) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = {
    measureId: state.measureId,
    milestoneId,
    dueDate: checkedCalendarDate(dueDate),
    previousDueDate: milestone.dueDate,
  };
  return [{ type: 'MilestoneRescheduled', schemaVersion: 2, ...header, data }];
};

/** Evidence before done: a document, a link or the meeting where it was shown. */
export const reach = (command: ReachMilestone, state: ExistingMeasure): Decision => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const milestone = openMilestone(state.milestones, command.data.milestoneId, command.type);
  if (isDomainError(milestone)) return milestone;
  const header = checkEvidenceGiven(command.metadata) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { measureId: state.measureId, milestoneId: milestone.milestoneId };
  return [{ type: 'MilestoneReached', schemaVersion: 1, ...header, data }];
};
