import { meetingKindLabels, sectorLabels, suggestionChannelLabels } from '@fahrplan/domain';
import { type Column, table } from '../columns.js';
import type { PublicData } from '../public-data.js';
import {
  ACTION_FIELD_IDS,
  itemColumns,
  orNull,
  PLANNED_PERIOD,
  published,
  titleColumn,
} from './shared.js';

const define = table<PublicData>();

const participants = <N extends string>(name: N, sector: keyof typeof sectorLabels) =>
  ({
    name,
    type: 'integer',
    meaning: {
      de: `Teilnehmende aus der Akteursgruppe ${sectorLabels[sector].de}`,
      en: `Participants from the sector ${sectorLabels[sector].en}`,
    },
    example: '12',
  }) as const satisfies Column;

export const meetings = define({
  name: 'veranstaltungen',
  title: { de: 'Veranstaltungen', en: 'Meetings' },
  description: {
    de: 'Werkstätten, Gespräche und Konferenzen, geplant oder durchgeführt, mit Teilnehmendenzahlen je Akteursgruppe (keine Namen).',
    en: 'Workshops, talks and conferences, planned or held, with participant counts per sector (no names).',
  },
  columns: [
    ...itemColumns('Meeting', 'va-2017-03-konferenz'),
    titleColumn('StrategieKonferenz'),
    {
      name: 'art',
      type: 'code',
      meaning: { de: 'Art der Veranstaltung', en: 'Kind of meeting' },
      example: 'workshop',
      values: meetingKindLabels,
    },
    { name: 'datum', type: 'date', meaning: { de: 'Datum', en: 'Date' }, example: '2017-03-07' },
    { name: 'ort', type: 'text', meaning: { de: 'Ort', en: 'Place' }, example: 'Chemnitz' },
    {
      name: 'beschreibung',
      type: 'text',
      meaning: { de: 'Beschreibung', en: 'Description' },
      example: 'Auftakt mit 200 Gästen',
      optional: true,
    },
    {
      name: 'zusammenfassung',
      type: 'text',
      meaning: { de: 'Zusammenfassung nach der Veranstaltung', en: 'Summary after the meeting' },
      example: 'Drei Schwerpunkte wurden vereinbart …',
      optional: true,
    },
    ACTION_FIELD_IDS,
    participants('teilnehmende_wirtschaft', 'industry'),
    participants('teilnehmende_wissenschaft', 'science'),
    participants('teilnehmende_gesellschaft', 'society'),
    participants('teilnehmende_verwaltung', 'administration'),
  ],
  rows: (data) =>
    data.Meeting.map((meeting) => ({
      id: meeting.meetingId,
      status: meeting.status,
      titel: meeting.title,
      art: meeting.kind,
      datum: meeting.date,
      ort: meeting.place,
      beschreibung: orNull(meeting.description),
      zusammenfassung: meeting.status === 'held' ? orNull(meeting.summary) : null,
      handlungsfeld_ids: published(data, 'ActionField', meeting.actionFieldIds),
      teilnehmende_wirtschaft: meeting.participantsBySector.industry,
      teilnehmende_wissenschaft: meeting.participantsBySector.science,
      teilnehmende_gesellschaft: meeting.participantsBySector.society,
      teilnehmende_verwaltung: meeting.participantsBySector.administration,
    })),
});

export const suggestions = define({
  name: 'vorschlaege',
  title: { de: 'Vorschläge', en: 'Suggestions' },
  description: {
    de: 'Vorschläge, die in Empfehlungen oder Projektideen aufgegriffen wurden; ohne Angaben zu den Einreichenden.',
    en: 'Suggestions taken up by recommendations or project ideas; nothing about who made them.',
  },
  columns: [
    ...itemColumns('Suggestion', 'vs-101'),
    {
      name: 'titel',
      type: 'text',
      meaning: { de: 'Titel, falls vergeben', en: 'Title, if one was given' },
      example: 'Digitallotsen für Handwerksbetriebe',
      optional: true,
    },
    {
      name: 'text',
      type: 'text',
      meaning: { de: 'Der Vorschlag im Wortlaut', en: 'The suggestion in its own words' },
      example: 'Kleine Betriebe brauchen eine feste Ansprechperson …',
    },
    {
      name: 'akteursgruppe',
      type: 'code',
      meaning: { de: 'Akteursgruppe, aus der er kam', en: 'Sector it came from' },
      example: 'industry',
      values: sectorLabels,
    },
    {
      name: 'kanal',
      type: 'code',
      meaning: { de: 'Wie er das Team erreichte', en: 'How it reached the team' },
      example: 'meeting',
      values: suggestionChannelLabels,
    },
    {
      name: 'veranstaltung_id',
      type: 'id',
      meaning: {
        de: 'Veranstaltung, auf der er eingebracht wurde',
        en: 'Meeting it was raised at',
      },
      example: 'va-2017-03-konferenz',
      optional: true,
    },
    ACTION_FIELD_IDS,
    {
      name: 'aufgegriffen_von_ids',
      type: 'id_list',
      meaning: {
        de: 'Empfehlungen und Projektideen, die ihn aufgriffen',
        en: 'Recommendations and project ideas that took it up',
      },
      example: 'he-17 pi-4',
    },
    {
      name: 'erfasst_am',
      type: 'datetime',
      meaning: { de: 'Wann er eingebracht wurde', en: 'When it was raised' },
      example: '2017-03-07T00:00:00.000Z',
    },
    {
      name: 'aufgegriffen_am',
      type: 'datetime',
      meaning: { de: 'Wann er erstmals aufgegriffen wurde', en: 'When it was first taken up' },
      example: '2017-06-01T00:00:00.000Z',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Suggestion.map((suggestion) => ({
      id: suggestion.suggestionId,
      status: suggestion.status,
      titel: orNull(suggestion.title),
      text: suggestion.text,
      akteursgruppe: suggestion.sector,
      kanal: suggestion.channel,
      veranstaltung_id:
        suggestion.meetingId !== undefined && data.visible('Meeting', suggestion.meetingId)
          ? suggestion.meetingId
          : null,
      handlungsfeld_ids: published(data, 'ActionField', suggestion.actionFieldIds),
      aufgegriffen_von_ids: suggestion.takenUpBy
        .filter((taker) => data.visible(taker.kind, taker.id))
        .map((taker) => taker.id),
      erfasst_am: suggestion.capturedAt,
      aufgegriffen_am: orNull(suggestion.takenUpAt),
    })),
});

const PARTNERS = {
  name: 'partner',
  type: 'text_list',
  meaning: { de: 'Beteiligte Partnerorganisationen', en: 'Partner organisations' },
  example: 'TU Chemnitz | Handwerkskammer Dresden',
} as const satisfies Column;

export const projectIdeas = define({
  name: 'projektideen',
  title: { de: 'Projektideen', en: 'Project ideas' },
  description: {
    de: 'Konkrete Projekte ab der Vorbereitung, mit ihren Partnerorganisationen.',
    en: 'Concrete projects from preparation on, with their partner organisations.',
  },
  columns: [
    ...itemColumns('ProjectIdea', 'pi-4'),
    titleColumn('Testfeld 5G im Erzgebirge'),
    {
      name: 'text',
      type: 'text',
      meaning: { de: 'Beschreibung der Idee', en: 'Description of the idea' },
      example: 'Mittelständische Betriebe erproben …',
    },
    ACTION_FIELD_IDS,
    PARTNERS,
    ...PLANNED_PERIOD,
    {
      name: 'vorgeschlagen_am',
      type: 'datetime',
      meaning: { de: 'Wann die Idee eingebracht wurde', en: 'When the idea was proposed' },
      example: '2018-05-01T00:00:00.000Z',
    },
    {
      name: 'gestartet_am',
      type: 'datetime',
      meaning: { de: 'Wann das Projekt startete', en: 'When the project was launched' },
      example: '2019-01-07T00:00:00.000Z',
      optional: true,
    },
  ],
  rows: (data) =>
    data.ProjectIdea.map((idea) => ({
      id: idea.projectIdeaId,
      status: idea.status,
      titel: idea.title,
      text: idea.body,
      handlungsfeld_ids: published(data, 'ActionField', idea.actionFieldIds),
      partner: idea.partners.map((partner) => partner.name),
      geplanter_beginn: orNull(idea.plannedStart),
      geplantes_ende: orNull(idea.plannedEnd),
      vorgeschlagen_am: idea.proposedAt,
      gestartet_am: orNull(idea.launchedAt),
    })),
});
