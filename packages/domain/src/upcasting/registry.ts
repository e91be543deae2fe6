import type { ActionFieldDefined } from '../action-field/events.js';
import type {
  MeasurePlanned,
  MeasureRevised,
  MilestonePlanned,
  MilestoneRescheduled,
} from '../measure/events.js';
import type { MeetingPlanned, MeetingRevised } from '../meeting/events.js';
import type {
  ProjectIdeaProposed,
  ProjectIdeaRevised,
  ProjectMilestonePlanned,
} from '../project-idea/events.js';
import type { RecommendationAdopted, RecommendationDrafted } from '../recommendation/events.js';
import { actionFieldDefinedV1toV2 } from './action-field-defined.js';
import { calendarDatesStep } from './calendar-dates.js';
import { recommendationDraftedV1toV2 } from './recommendation-drafted.js';
import type { UpcastRegistry } from './upcaster.js';
import { createUpcaster } from './upcaster.js';

// Tied to the event types: raising a version without a step here fails to compile.
const recommendationDrafted: RecommendationDrafted['schemaVersion'] = 2;
const actionFieldDefined: ActionFieldDefined['schemaVersion'] = 2;
type WithCalendarDates =
  | MeasurePlanned
  | MeasureRevised
  | MilestonePlanned
  | MilestoneRescheduled
  | MeetingPlanned
  | MeetingRevised
  | ProjectIdeaProposed
  | ProjectIdeaRevised
  | ProjectMilestonePlanned
  | RecommendationAdopted;
const withCalendarDates: WithCalendarDates['schemaVersion'] = 2;

const PERIOD = ['plannedStart', 'plannedEnd'];

/**
 * v1 → v2 of every event that carries a calendar day: the day stored as an instant becomes a
 * `YYYY-MM-DD` calendar date (see `storedCalendarDate`).
 */
const CALENDAR_DATE_FIELDS: Readonly<
  Record<WithCalendarDates['type'], { fields: readonly string[]; nested?: string }>
> = {
  MeasurePlanned: { fields: PERIOD },
  MeasureRevised: { fields: PERIOD },
  MilestonePlanned: { fields: ['dueDate'] },
  MilestoneRescheduled: { fields: ['dueDate', 'previousDueDate'] },
  MeetingPlanned: { fields: ['date'] },
  MeetingRevised: { fields: ['date'] },
  ProjectIdeaProposed: { fields: PERIOD },
  ProjectIdeaRevised: { fields: PERIOD },
  ProjectMilestonePlanned: { fields: ['dueDate'] },
  RecommendationAdopted: { fields: PERIOD, nested: 'measure' },
};

const calendarDateSchemas: UpcastRegistry = Object.fromEntries(
  Object.entries(CALENDAR_DATE_FIELDS).map(([type, { fields, nested }]) => [
    type,
    { current: withCalendarDates, steps: { 1: calendarDatesStep(type, fields, nested) } },
  ]),
);

/** Every event type that has had more than one shape, with the steps between them. */
export const UPCASTERS: UpcastRegistry = {
  ...calendarDateSchemas,
  RecommendationDrafted: {
    current: recommendationDrafted,
    steps: { 1: recommendationDraftedV1toV2 },
  },
  ActionFieldDefined: { current: actionFieldDefined, steps: { 1: actionFieldDefinedV1toV2 } },
};

/** The current schema version of each event type that has changed; any other type is at 1. */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(UPCASTERS).map(([type, schema]) => [type, schema.current]),
);

/** Turns a stored event of any known version into the current shape; old events stay as stored. */
export const upcast = createUpcaster(UPCASTERS);
