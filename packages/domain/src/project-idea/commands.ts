import {
  type Command,
  type Content,
  everyOf,
  type MilestonePlan,
  type Sector,
} from '../shared/index.js';

/** What a project idea can grow from. */
export const ORIGIN_KINDS = ['Suggestion', 'Recommendation', 'Meeting'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

export interface Origin {
  readonly kind: OriginKind;
  readonly id: string;
}

export const PARTNER_ROLES = ['lead', 'partner', 'associate'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * A partner organisation (TU Chemnitz, Fraunhofer IWU, IHK Leipzig). Organisations are not
 * personal data, so the name travels in `data`.
 */
export interface ProjectPartner {
  readonly partnerId: string;
  readonly name: string;
  readonly sector: Sector;
  readonly role?: PartnerRole;
}

type Target = { readonly projectIdeaId: string };
/** When it is to run, as ISO dates; either may stay open. */
type Schedule = { readonly plannedStart?: string; readonly plannedEnd?: string };

/** The data of a partner or origin change, the same in the command and the event. */
export type PartnerData = Target & { readonly partner: ProjectPartner };
export type PartnerIdData = Target & { readonly partnerId: string };
export type OriginData = Target & { readonly origin: Origin };

export type ProposeProjectIdea = Command<
  'ProposeProjectIdea',
  Target &
    Pick<Content, 'title' | 'body'> &
    Schedule & {
      readonly actionFieldIds?: readonly string[];
      readonly originatesFrom?: readonly Origin[];
    }
>;

/** A content edit: only the fields given change. */
export type ReviseProjectIdea = Command<'ReviseProjectIdea', Target & Partial<Content> & Schedule>;

export type StartProjectPreparation = Command<'StartProjectPreparation', Target>;
export type LaunchProject = Command<'LaunchProject', Target>;
export type CompleteProject = Command<'CompleteProject', Target>;
/** Needs `metadata.reason`. */
export type DiscontinueProject = Command<'DiscontinueProject', Target>;

export type JoinPartner = Command<'JoinPartner', PartnerData>;
/** Needs `metadata.reason`. */
export type LeavePartner = Command<'LeavePartner', PartnerIdData>;

export type LinkOrigin = Command<'LinkOrigin', OriginData>;
/** Needs `metadata.reason`. */
export type UnlinkOrigin = Command<'UnlinkOrigin', OriginData>;

export type PlanProjectMilestone = Command<'PlanProjectMilestone', Target & MilestonePlan>;
export type ReachProjectMilestone = Command<
  'ReachProjectMilestone',
  Target & { readonly milestoneId: string }
>;

export type ProjectIdeaCommand =
  | ProposeProjectIdea
  | ReviseProjectIdea
  | StartProjectPreparation
  | LaunchProject
  | CompleteProject
  | DiscontinueProject
  | JoinPartner
  | LeavePartner
  | LinkOrigin
  | UnlinkOrigin
  | PlanProjectMilestone
  | ReachProjectMilestone;

export const PROJECT_IDEA_COMMAND_TYPES = everyOf<ProjectIdeaCommand['type']>()([
  'ProposeProjectIdea',
  'ReviseProjectIdea',
  'StartProjectPreparation',
  'LaunchProject',
  'CompleteProject',
  'DiscontinueProject',
  'JoinPartner',
  'LeavePartner',
  'LinkOrigin',
  'UnlinkOrigin',
  'PlanProjectMilestone',
  'ReachProjectMilestone',
]);
