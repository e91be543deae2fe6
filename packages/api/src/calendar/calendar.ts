import {
  type CalendarDate,
  type ExistingMeasure,
  type HeldMeeting,
  type LocalizedMessage,
  meetingKindLabels,
  type PlannedMeeting,
} from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../http/locale.js';

/** A day in the calendar: meetings and milestones are dates, not moments, so no time zone moves them. */
export interface CalendarEntry {
  /** Stable across regenerations, so a subscribed calendar updates the entry instead of adding one. */
  readonly uid: string;
  readonly date: CalendarDate;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly categories: readonly string[];
  /** The item's page in the web app. */
  readonly url: string;
  /** When the item last changed: DTSTAMP and LAST-MODIFIED, so the file only changes with the data. */
  readonly changedAt: string;
}

export interface CalendarMeta {
  readonly name: string;
  readonly description: string;
  /** Where the web app runs, e.g. `https://fahrplan.example.org`. */
  readonly origin: string;
  readonly host: string;
}

const LABELS = {
  milestone: { de: 'Meilenstein', en: 'Milestone' },
  reachedOn: { de: 'Erreicht am', en: 'Reached on' },
  measure: { de: 'Maßnahme', en: 'Measure' },
  meeting: { de: 'Termin', en: 'Meeting' },
} satisfies Record<string, LocalizedMessage>;

/** The web app opens any item by its global id at `/items/…` (it redirects to the kind's page). */
const itemUrl = (origin: string, kind: string, id: string) =>
  `${origin}/items/${encodeURIComponent(encodeGlobalID(kind, id))}`;

const text = (parts: readonly (string | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join('\n\n') || undefined;

export const meetingEntry = (
  meeting: PlannedMeeting | HeldMeeting,
  changedAt: string,
  meta: CalendarMeta,
  locale: Locale,
): CalendarEntry => ({
  uid: `${meeting.meetingId}@${meta.host}`,
  date: meeting.date,
  summary: meeting.title,
  ...(meeting.place ? { location: meeting.place } : {}),
  ...optional(
    'description',
    text([meeting.description, meeting.status === 'held' ? meeting.summary : undefined]),
  ),
  categories: [LABELS.meeting[locale], meetingKindLabels[meeting.kind][locale]],
  url: itemUrl(meta.origin, 'Meeting', meeting.meetingId),
  changedAt,
});

/** One entry a milestone, on its due date, named with its measure. */
export const milestoneEntries = (
  measure: ExistingMeasure,
  changedAt: string,
  meta: CalendarMeta,
  locale: Locale,
): CalendarEntry[] =>
  measure.milestones.map((milestone) => ({
    uid: `${measure.measureId}.${milestone.milestoneId}@${meta.host}`,
    date: milestone.dueDate,
    summary: `${LABELS.milestone[locale]}: ${milestone.title}`,
    ...optional(
      'description',
      text([
        `${LABELS.measure[locale]}: ${measure.title}`,
        milestone.reachedAt
          ? `${LABELS.reachedOn[locale]} ${milestone.reachedAt.slice(0, 10)}`
          : undefined,
      ]),
    ),
    categories: [LABELS.milestone[locale], LABELS.measure[locale]],
    url: itemUrl(meta.origin, 'Measure', measure.measureId),
    changedAt,
  }));

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };

/** The entries as an iCalendar file (RFC 5545), oldest first. */
export const calendarText = (entries: readonly CalendarEntry[], meta: CalendarMeta): string => {
  const calendar = ical({
    name: meta.name,
    description: meta.description,
    prodId: { company: 'fahrplan', product: 'fahrplan', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    url: meta.origin,
    // Calendar apps re-read a subscription about this often.
    ttl: 60 * 60,
  });
  const ordered = [...entries].sort(
    (a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid),
  );
  for (const entry of ordered) {
    calendar.createEvent({
      id: entry.uid,
      // A date string: an all-day entry on that day in every time zone.
      start: entry.date,
      allDay: true,
      summary: entry.summary,
      description: entry.description ?? null,
      location: entry.location ?? null,
      categories: entry.categories.map((name) => ({ name })),
      url: entry.url,
      status: ICalEventStatus.CONFIRMED,
      stamp: new Date(entry.changedAt),
      lastModified: new Date(entry.changedAt),
    });
  }
  return calendar.toString();
};
