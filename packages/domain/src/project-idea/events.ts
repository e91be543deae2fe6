import { type CalendarDate, type DomainEvent, everyOf } from '../shared/index.js';
import type { Origin, OriginData, PartnerData, PartnerIdData } from './commands.js';

type Target = { readonly projectIdeaId: string };

export type ProjectIdeaProposed = DomainEvent<
  'ProjectIdeaProposed',
  Target & {
    readonly title: string;
    readonly body: string;
    readonly actionFieldIds: readonly string[];
    readonly originatesFrom: readonly Origin[];
    readonly plannedStart?: CalendarDate;
    readonly plannedEnd?: CalendarDate;
  },
  2
>;

/**
 * Only the changed fields. A changed `actionFieldIds` travels with the list it replaced, so the
 * `coversField` edges it removes can be read off the event alone.
 */
export type ProjectIdeaRevised = DomainEvent<
  'ProjectIdeaRevised',
  Target & {
    readonly title?: string;
    readonly body?: string;
    readonly actionFieldIds?: readonly string[];
    readonly previousActionFieldIds?: readonly string[];
    readonly plannedStart?: CalendarDate;
    readonly plannedEnd?: CalendarDate;
  },
  2
>;

export type ProjectPreparationStarted = DomainEvent<'ProjectPreparationStarted', Target>;
export type ProjectLaunched = DomainEvent<'ProjectLaunched', Target>;
export type ProjectCompleted = DomainEvent<'ProjectCompleted', Target>;
export type ProjectDiscontinued = DomainEvent<'ProjectDiscontinued', Target>;

export type PartnerJoined = DomainEvent<'PartnerJoined', PartnerData>;
export type PartnerLeft = DomainEvent<'PartnerLeft', PartnerIdData>;

export type ProjectOriginLinked = DomainEvent<'ProjectOriginLinked', OriginData>;
export type ProjectOriginUnlinked = DomainEvent<'ProjectOriginUnlinked', OriginData>;

export type ProjectMilestonePlanned = DomainEvent<
  'ProjectMilestonePlanned',
  Target & { readonly milestoneId: string; readonly title: string; readonly dueDate: CalendarDate },
  2
>;
/** The milestone counts as reached at the event's `occurredAt`. */
export type ProjectMilestoneReached = DomainEvent<
  'ProjectMilestoneReached',
  Target & { readonly milestoneId: string }
>;

export type ProjectIdeaEvent =
  | ProjectIdeaProposed
  | ProjectIdeaRevised
  | ProjectPreparationStarted
  | ProjectLaunched
  | ProjectCompleted
  | ProjectDiscontinued
  | PartnerJoined
  | PartnerLeft
  | ProjectOriginLinked
  | ProjectOriginUnlinked
  | ProjectMilestonePlanned
  | ProjectMilestoneReached;

export const PROJECT_IDEA_EVENT_TYPES = everyOf<ProjectIdeaEvent['type']>()([
  'ProjectIdeaProposed',
  'ProjectIdeaRevised',
  'ProjectPreparationStarted',
  'ProjectLaunched',
  'ProjectCompleted',
  'ProjectDiscontinued',
  'PartnerJoined',
  'PartnerLeft',
  'ProjectOriginLinked',
  'ProjectOriginUnlinked',
  'ProjectMilestonePlanned',
  'ProjectMilestoneReached',
]);
