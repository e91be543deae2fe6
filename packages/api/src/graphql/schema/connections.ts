import { builder } from '../builder.js';
import { ItemInterface, type itemType } from './item.js';
import {
  ActionFieldType,
  ConsultationType,
  GuidelineType,
  IndicatorType,
  MeasureType,
  MeetingType,
  ProcessType,
  ProjectIdeaType,
  RecommendationType,
  ReportingCycleType,
  SuggestionType,
} from './refs.js';

/**
 * The Relay way: a connection type per node type, named after the node (`RecommendationConnection`
 * with `RecommendationEdge`), shared by every field that pages through such nodes (`suggestions`
 * and `Meeting.suggestions` both answer a `SuggestionConnection`). The feed's, the checkpoints'
 * and the history's connections sit beside their node types.
 */
const connectionOf = (type: ReturnType<typeof itemType>, node: string, what: string) =>
  builder.connectionObject(
    { type, name: `${node}Connection`, description: `A page of ${what} (Relay connection).` },
    { name: `${node}Edge`, description: `One of ${what} on a page, with its cursor.` },
  );

export const ActionFieldConnection = connectionOf(ActionFieldType, 'ActionField', 'action fields');
export const MeetingConnection = connectionOf(MeetingType, 'Meeting', 'meetings');
export const SuggestionConnection = connectionOf(SuggestionType, 'Suggestion', 'suggestions');
export const RecommendationConnection = connectionOf(
  RecommendationType,
  'Recommendation',
  'recommendations',
);
export const GuidelineConnection = connectionOf(GuidelineType, 'Guideline', 'guidelines');
export const ProjectIdeaConnection = connectionOf(ProjectIdeaType, 'ProjectIdea', 'project ideas');
export const MeasureConnection = connectionOf(MeasureType, 'Measure', 'measures');
export const ProcessConnection = connectionOf(ProcessType, 'Process', 'strategy processes');
export const IndicatorConnection = connectionOf(IndicatorType, 'Indicator', 'indicators');
export const ReportingCycleConnection = connectionOf(
  ReportingCycleType,
  'ReportingCycle',
  'reporting cycles',
);
export const ConsultationConnection = connectionOf(
  ConsultationType,
  'Consultation',
  'consultations',
);
export const ItemConnection = builder.connectionObject(
  {
    type: ItemInterface,
    name: 'ItemConnection',
    description: 'A page of items of any kind (Relay connection).',
  },
  { name: 'ItemEdge', description: 'An item on a page, with its cursor.' },
);
/** The connection of each kind of item, for the list helpers. */
export const CONNECTIONS_BY_KIND = {
  ActionField: ActionFieldConnection,
  Meeting: MeetingConnection,
  Suggestion: SuggestionConnection,
  Recommendation: RecommendationConnection,
  Guideline: GuidelineConnection,
  ProjectIdea: ProjectIdeaConnection,
  Measure: MeasureConnection,
  Process: ProcessConnection,
  Indicator: IndicatorConnection,
  ReportingCycle: ReportingCycleConnection,
  Consultation: ConsultationConnection,
} as const;
