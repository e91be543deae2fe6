import type { ActionFieldCommand } from './action-field/index.js';
import type { ConsultationCommand } from './consultation/index.js';
import type { GuidelineCommand } from './guideline/index.js';
import type { IndicatorCommand } from './indicator/index.js';
import type { MeasureCommand } from './measure/index.js';
import type { MeetingCommand } from './meeting/index.js';
import type { ProcessCommand } from './process/index.js';
import type { ProjectIdeaCommand } from './project-idea/index.js';
import type { RecommendationCommand } from './recommendation/index.js';
import type { ReportingCycleCommand } from './reporting-cycle/index.js';
import {
  type AnyCommand,
  type CommandRole,
  DomainError,
  type Grant,
  type Role,
  rolesIn,
} from './shared/index.js';
import type { SuggestionCommand } from './suggestion/index.js';
import type { UserCommand } from './user/index.js';

export type DomainCommand =
  | ActionFieldCommand
  | MeetingCommand
  | SuggestionCommand
  | RecommendationCommand
  | GuidelineCommand
  | ProjectIdeaCommand
  | MeasureCommand
  | IndicatorCommand
  | ReportingCycleCommand
  | ProcessCommand
  | ConsultationCommand
  | UserCommand;
export type DomainCommandType = DomainCommand['type'];

const TEAM = ['team'] as const;
const MINISTRY = ['ministry'] as const;
const TEAM_AND_MINISTRY = ['team', 'ministry'] as const;
const ADMIN = ['admin'] as const;
/** Anyone, without an account: what the public may do on a consultation. */
const PUBLIC = ['public'] as const;
/** Issued only as a consequence of another command (a follow-up), never directly. */
const FOLLOW_UP_ONLY = [] as const;

/**
 * Who may issue which command: the one table, read by the API for every mutation.
 * The project team keeps content and status current; the ministry decides (adopts, rejects,
 * stops) and may also steer the review; partners issue none; admins manage people and their roles.
 * Lagebild: the team reports (status reports, values, the Ampel) and asks for completion; the
 * ministry runs the reporting cycles, reviews the reports and confirms or returns completions.
 */
export const PERMISSIONS: Readonly<Record<DomainCommandType, readonly CommandRole[]>> = {
  DefineActionField: TEAM,
  ReviseActionField: TEAM,
  RetireActionField: TEAM_AND_MINISTRY,

  PlanMeeting: TEAM,
  ReviseMeeting: TEAM,
  RecordMeetingHeld: TEAM,
  CancelMeeting: TEAM,
  RegisterParticipant: TEAM,
  RemoveParticipant: TEAM,

  CaptureSuggestion: TEAM,
  ReviseSuggestion: TEAM,
  TakeUpSuggestion: FOLLOW_UP_ONLY,
  DeclineSuggestion: TEAM,
  ReopenSuggestion: TEAM,

  DraftRecommendation: TEAM,
  ReviseRecommendation: TEAM,
  SubmitRecommendationForReview: TEAM,
  ReturnRecommendationToDraft: TEAM_AND_MINISTRY,
  PrioritiseRecommendation: TEAM_AND_MINISTRY,
  AdoptRecommendation: MINISTRY,
  RejectRecommendation: MINISTRY,
  WithdrawRecommendation: TEAM,
  MergeRecommendation: TEAM,
  SplitRecommendation: TEAM,
  LinkSuggestion: TEAM,
  UnlinkSuggestion: TEAM,
  AssignToGuideline: TEAM,
  UnassignFromGuideline: TEAM,

  DraftGuideline: TEAM,
  ReviseGuideline: TEAM,
  PublishGuideline: TEAM_AND_MINISTRY,
  RetireGuideline: TEAM_AND_MINISTRY,

  ProposeProjectIdea: TEAM,
  ReviseProjectIdea: TEAM,
  StartProjectPreparation: TEAM,
  LaunchProject: TEAM,
  CompleteProject: TEAM,
  DiscontinueProject: TEAM,
  JoinPartner: TEAM,
  LeavePartner: TEAM,
  LinkOrigin: TEAM,
  UnlinkOrigin: TEAM,
  PlanProjectMilestone: TEAM,
  ReachProjectMilestone: TEAM,

  PlanMeasure: FOLLOW_UP_ONLY,
  ReviseMeasure: TEAM_AND_MINISTRY,
  StartMeasure: TEAM_AND_MINISTRY,
  ReportMeasureProgress: TEAM_AND_MINISTRY,
  CompleteMeasure: TEAM_AND_MINISTRY,
  StopMeasure: MINISTRY,
  PlanMilestone: TEAM_AND_MINISTRY,
  RescheduleMilestone: TEAM_AND_MINISTRY,
  ReachMilestone: TEAM_AND_MINISTRY,
  AssignMeasureResponsibility: TEAM_AND_MINISTRY,
  RateMeasureConfidence: TEAM,
  RequestMeasureCompletion: TEAM,
  ConfirmMeasureCompletion: MINISTRY,
  ReturnMeasureCompletion: MINISTRY,

  // The ministry commissions a strategy process, starts it and declares it concluded; the team
  // that runs it keeps its description and phase timeline current (as with measures, the
  // ministry may too). Admins run the installation (people and roles), not its content.
  DefineProcess: MINISTRY,
  ReviseProcess: TEAM_AND_MINISTRY,
  StartProcess: MINISTRY,
  ConcludeProcess: MINISTRY,
  PlanProcessPhase: TEAM_AND_MINISTRY,
  StartProcessPhase: TEAM_AND_MINISTRY,
  CloseProcessPhase: TEAM_AND_MINISTRY,

  DefineIndicator: TEAM_AND_MINISTRY,
  ReviseIndicator: TEAM_AND_MINISTRY,
  ChangeIndicatorTarget: TEAM_AND_MINISTRY,
  ReportIndicatorValue: TEAM,
  CorrectIndicatorValue: TEAM,
  RetireIndicator: TEAM_AND_MINISTRY,

  OpenReportingCycle: MINISTRY,
  SubmitStatusReport: TEAM,
  ReportIndicatorValues: TEAM,
  AcceptStatusReport: MINISTRY,
  ReturnStatusReport: MINISTRY,
  CloseReportingCycle: MINISTRY,

  // The ministry opens and closes a Beteiligung; anyone submits and confirms by the mailed link;
  // the team moderates.
  OpenConsultation: MINISTRY,
  CloseConsultation: MINISTRY,
  SubmitToConsultation: PUBLIC,
  ConfirmSubmission: PUBLIC,
  AcceptSubmission: TEAM,
  DeclineSubmission: TEAM,

  RegisterUser: ADMIN,
  GrantRole: ADMIN,
  RevokeRole: ADMIN,
};

export const isAllowed = (role: CommandRole, commandType: string): boolean =>
  (PERMISSIONS[commandType as DomainCommandType] ?? []).includes(role);

/**
 * The role in which a caller with these grants issues the command in this process (`null`: a
 * command about the installation, such as registering a user), or undefined when no role they
 * hold there may. Roles held installation-wide count in every process.
 */
export const roleFor = (
  commandType: string,
  grants: readonly Grant[],
  processId: string | null,
): Role | undefined =>
  (processId === null
    ? grants.filter((grant) => grant.processId === null).map((grant) => grant.role)
    : rolesIn(grants, processId)
  ).find((role) => isAllowed(role, commandType));

/** Whether a caller with these grants may issue the command in this process. */
export const mayIssue = (
  commandType: string,
  caller: { readonly grants: readonly Grant[] },
  processId: string | null,
): boolean => roleFor(commandType, caller.grants, processId) !== undefined;

/** The refusal of a command to a role (or to a caller without one: `anonymous`). */
export const forbidden = (role: string, commandType: string): DomainError =>
  new DomainError(
    'FORBIDDEN',
    {
      de: `Die Rolle „${role}“ darf „${commandType}“ nicht ausführen.`,
      en: `The role "${role}" may not issue ${commandType}.`,
    },
    { details: { role, command: commandType } },
  );

/** `FORBIDDEN` unless the command's role may issue it. */
export const authorize = (command: AnyCommand): DomainError | undefined =>
  isAllowed(command.metadata.role, command.type)
    ? undefined
    : forbidden(command.metadata.role, command.type);
