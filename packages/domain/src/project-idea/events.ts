import { type DomainEvent, everyOf, type RecordedData } from '../shared/index.js';
import type {
  Origin,
  OriginData,
  PartnerData,
  PartnerIdData,
  PlanProjectMilestone,
  ProposeProjectIdea,
  ReachProjectMilestone,
  ReviseProjectIdea,
} from './commands.js';

type Target = { readonly projectIdeaId: string };
type Planned = 'plannedStart' | 'plannedEnd';

export type ProjectIdeaProposed = DomainEvent<
  'ProjectIdeaProposed',
  RecordedData<ProposeProjectIdea['data'], Planned> & {
    readonly actionFieldIds: readonly string[];
    readonly originatesFrom: readonly Origin[];
  },
  2
>;

/**
 * Only the changed fields. A changed `actionFieldIds` travels with the list it replaced, so the
 * `coversField` edges it removes can be read off the event alone.
 */
export type ProjectIdeaRevised = DomainEvent<
  'ProjectIdeaRevised',
  RecordedData<ReviseProjectIdea['data'], Planned> & {
    readonly previousActionFieldIds?: readonly string[];
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
  RecordedData<PlanProjectMilestone['data'], 'dueDate'>,
  2
>;
/** The milestone counts as reached at the event's `occurredAt`. */
export type ProjectMilestoneReached = DomainEvent<
  'ProjectMilestoneReached',
  ReachProjectMilestone['data']
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
