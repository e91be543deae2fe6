import {
  badInput,
  checkReason,
  checkTitle,
  DomainError,
  firstError,
  invalidTransition,
  isDomainError,
} from '../shared/index.js';
import type { PlanMilestone, ReachMilestone, RescheduleMilestone } from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure, Milestone } from './state.js';
import { isOpen } from './state.js';
import { checkDueDate, checkId, conflict, headerOf } from './validate.js';

type Result = readonly MeasureEvent[] | DomainError;

const find = (state: ExistingMeasure, milestoneId: string): Milestone | DomainError =>
  state.milestones.find((each) => each.milestoneId === milestoneId) ??
  badInput(
    'milestoneId',
    `Den Meilenstein „${milestoneId}“ gibt es nicht.`,
    `There is no milestone "${milestoneId}".`,
  );

/** A reached milestone is history: it is neither moved nor reached again. */
const alreadyReached = (milestone: Milestone, type: string): DomainError =>
  new DomainError(
    'INVALID_TRANSITION',
    {
      de: `Der Meilenstein „${milestone.title}“ ist schon erreicht.`,
      en: `Milestone "${milestone.title}" has already been reached.`,
    },
    { field: 'milestoneId', details: { from: 'reached', command: type } },
  );

/** Milestones put the measure on the roadmap to 2030; a closed measure's stay as they were. */
export const planMilestone = (command: PlanMilestone, state: ExistingMeasure): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId, title, dueDate } = command.data;
  const header =
    firstError(
      checkId('milestoneId', milestoneId),
      checkTitle('title', title),
      checkDueDate(dueDate, state.adoptedAt),
      state.milestones.some((each) => each.milestoneId === milestoneId)
        ? conflict(
            'milestoneId',
            `Den Meilenstein „${milestoneId}“ gibt es schon.`,
            `Milestone "${milestoneId}" already exists.`,
          )
        : undefined,
    ) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { measureId: state.measureId, milestoneId, title, dueDate };
  return [{ type: 'MilestonePlanned', ...header, data }];
};

export const reschedule = (command: RescheduleMilestone, state: ExistingMeasure): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const { milestoneId, dueDate } = command.data;
  const milestone = find(state, milestoneId);
  if (isDomainError(milestone)) return milestone;
  if (milestone.reachedAt !== undefined) return alreadyReached(milestone, command.type);
  const header =
    firstError(
      checkReason(command.metadata),
      checkDueDate(dueDate, state.adoptedAt),
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
    dueDate,
    previousDueDate: milestone.dueDate,
  };
  return [{ type: 'MilestoneRescheduled', ...header, data }];
};

export const reach = (command: ReachMilestone, state: ExistingMeasure): Result => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const milestone = find(state, command.data.milestoneId);
  if (isDomainError(milestone)) return milestone;
  if (milestone.reachedAt !== undefined) return alreadyReached(milestone, command.type);
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { measureId: state.measureId, milestoneId: milestone.milestoneId };
  return [{ type: 'MilestoneReached', ...header, data }];
};
