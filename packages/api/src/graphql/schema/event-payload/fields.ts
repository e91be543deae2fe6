import type { AggregateKind } from '@fahrplan/domain';
import type { DataFieldName, EnumValues, NamedShapes, PayloadTable } from './spec.js';

const string = { spec: { kind: 'string' } } as const;
const int = { spec: { kind: 'int' } } as const;
const float = { spec: { kind: 'float' } } as const;
const date = { spec: { kind: 'date' } } as const;
const dateTime = { spec: { kind: 'dateTime' } } as const;
const key = { spec: { kind: 'key' } } as const;
const item = <K extends AggregateKind>(of: K) => ({ spec: { kind: 'item', of } }) as const;
/** The event's own item (the stream it is in). */
const self = <K extends AggregateKind>(of: K) =>
  ({ spec: { kind: 'item', of, self: true } }) as const;
const items = <K extends AggregateKind>(of: K) =>
  ({ spec: { kind: 'list', of: { kind: 'item', of } } }) as const;
const enumOf = <N extends keyof EnumValues>(name: N) => ({ spec: { kind: 'enum', name } }) as const;
const named = <N extends keyof NamedShapes>(name: N) =>
  ({ spec: { kind: 'named', name } }) as const;
/** A field only some events of the type carry (a revision's changed fields). */
const optional = <F extends { readonly spec: unknown }>(field: F) =>
  ({ ...field, optional: true }) as const;

const ACTION_FIELDS = items('ActionField');

/** A status report's figures and a bulk report's: one type. */
const REPORTED_VALUES = {
  spec: {
    kind: 'list',
    of: {
      kind: 'object',
      name: 'ReportedIndicatorValue',
      description: 'An indicator value a status report or a bulk report brings.',
      fields: {
        indicatorId: item('Indicator'),
        valueId: key,
        value: float,
        referenceDate: date,
        source: string,
      },
    },
  },
} as const;

/** Shared with the read model: an indicator's target is of this type in both. */
export const TARGET_SPEC = {
  kind: 'object',
  name: 'IndicatorTarget',
  description: 'A value to reach by a day.',
  fields: { value: float, date: { ...date, description: 'The day it is to be reached.' } },
} as const;
const TARGET = { spec: TARGET_SPEC } as const;
const TARGETS = { spec: { kind: 'list', of: TARGET_SPEC } } as const;
/** Shared with the read model, as `TARGET_SPEC`. */
export const BASELINE_SPEC = {
  kind: 'object',
  name: 'IndicatorBaseline',
  description: 'Where an indicator stood when its goal was set.',
  fields: {
    value: float,
    date: { ...date, description: 'The day the baseline refers to.' },
    source: string,
  },
} as const;
const BASELINE = { spec: BASELINE_SPEC } as const;
/** Shared with the read model, as `TARGET_SPEC`. */
export const LEAD_UNIT_SPEC = {
  kind: 'object',
  name: 'LeadUnit',
  description: 'The organisation and unit that lead a measure (Federführung).',
  fields: {
    organisation: { ...string, description: 'The organisation (a ministry, an agency).' },
    unit: { ...string, description: 'Its unit (Referat, Abteilung).' },
  },
} as const;

/**
 * The description of each field name an event's data has, shared by the types that have it
 * (typed: a new field name needs one). Ids of other items are global ids, null (or left out of a
 * list) where the caller may not see that item.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<DataFieldName, string>> = {
  actionFieldId: 'The action field (Handlungsfeld).',
  actionFieldIds: 'The action fields (Handlungsfelder) it covers.',
  addedActionFieldIds: 'Action fields added.',
  adoptedAt: 'When the recommendation was adopted.',
  adoptedFrom: 'The recommendation it was adopted from.',
  body: 'The text.',
  baseline: 'Where the figure stood when the goal was set (Ausgangswert), and the source.',
  by: 'The item that took it up (a recommendation or a project idea).',
  channel: 'How it came in (Kanal).',
  confidence: 'The delivery confidence (Ampel).',
  consultationId: 'The consultation (Beteiligung) it was submitted to online.',
  cycleId: 'The reporting cycle (Berichtszyklus) it came with.',
  closesOn: 'The last day (in the installation’s time zone) submissions are taken.',
  confirmationHash: 'The SHA-256 of the mailed confirmation link’s token.',
  confirmBy: 'Until when the mailed link confirms the submission.',
  consent: 'What the submitter consented to.',
  opensOn: 'The first day submissions are taken.',
  submissionId: 'The submission within its consultation.',
  date: 'The day it takes (took) place.',
  deadline: 'The day the reports are due.',
  derivedFrom: 'The suggestions (Vorschläge) it grew from.',
  direction: 'Whether higher or lower values are better.',
  description: 'The description; empty where it was cleared.',
  dueDate: 'The day it is due.',
  guidelineId: 'The guideline (Leitlinie).',
  indicatorId: 'The indicator (Kennzahl).',
  indicatorValues: 'The indicator values the report brings (each recorded on its indicator).',
  values: 'The figures reported, one per indicator (each recorded on its indicator).',
  intermediateTargets: 'The intermediate targets (Zwischenziele), in order of their days.',
  key: 'The stable key of the action field.',
  kind: 'The kind of meeting.',
  lead: 'The lead unit (Federführung).',
  measure: 'The measure (Maßnahme) the adoption started, as it was planned.',
  measureId: 'The measure (Maßnahme).',
  measureProgress: 'The measure’s progress in percent (0–100) as the report states it.',
  meetingId: 'The meeting (Veranstaltung).',
  milestoneId: 'The milestone’s id within its item.',
  narrative: 'The report’s account of where the measure stands.',
  originatesFrom: 'The items it originates from (suggestions, recommendations, meetings).',
  origin: 'The item it originates from.',
  owner: 'Who is responsible (an organisation or unit).',
  parts: 'The parts, each drafted as a recommendation of its own.',
  participantsBySector: 'Head counts per sector (not personal data).',
  partner: 'The partner organisation.',
  partnerId: 'The partner’s id within the project idea.',
  partners: 'The organisations that contribute.',
  place: 'Where.',
  plannedEnd: 'The planned end.',
  plannedStart: 'The planned start.',
  previous: 'The value as it stood before the correction.',
  processId: 'The strategy process (Strategieprozess).',
  slug: 'The process’s short name for addresses.',
  commissionedBy: 'Who commissioned the process (Auftraggeber).',
  runBy: 'The organisation running the process (Durchführung).',
  phaseId: 'The phase’s id within its process.',
  on: 'The day it happened (in the installation’s time zone).',
  previousActionFieldIds: 'The action fields before this revision.',
  previousConfidence: 'The confidence it replaces.',
  previousDueDate: 'The day it was due before.',
  previousIntermediateTargets: 'The intermediate targets before the change.',
  previousTarget: 'The target before the change (a moved goalpost).',
  priority: 'The priority (Priorität).',
  progress: 'Progress in percent (0–100).',
  projectIdeaId: 'The project idea (Projektidee).',
  records: 'How many records of personal data were erased.',
  recommendationId: 'The recommendation (Handlungsempfehlung).',
  referenceDate: 'The day the value refers to (Stichtag).',
  removedActionFieldIds: 'Action fields removed.',
  responsibleSubjectId:
    'The responsible person as a data subject; their name and address are personal data, kept beside the event, never in it.',
  sector: 'The sector (Akteursgruppe).',
  source: 'Where the figure comes from (a statistic, a survey).',
  splitFrom: 'The recommendation it was split from.',
  subjectId:
    'The data subject: their name and address are personal data, kept beside the event (see `HistoryEntry.personalData`), never in it.',
  submitterSubjectId:
    'The submitter as a data subject; their name and address are personal data, kept beside the event, never in it.',
  subject: 'What the indicator measures: a measure or an action field.',
  suggestionId: 'The suggestion (Vorschlag).',
  summary: 'The summary of what was discussed; empty where it was cleared.',
  target: 'The target (Zielwert) and the day it is to be reached.',
  targetRecommendationId: 'The recommendation it was merged into.',
  text: 'The suggestion’s text.',
  title: 'The title.',
  unit: 'The unit of the figure (%, companies, t CO₂).',
  value: 'The figure.',
  valueId: 'The value’s id within its indicator.',
  version: 'The published version’s number (1, 2, …).',
};

const REVISED = 'Only the changed fields are set; null means unchanged.';

/**
 * Each event type the feed carries, with its fields in the current schema version (older
 * events are upcast before they are shown). Typed over the domain's events: see `spec.ts`.
 */
export const PAYLOADS: PayloadTable = {
  ActionFieldDefined: {
    description: 'An action field (Handlungsfeld) was defined.',
    fields: {
      actionFieldId: self('ActionField'),
      processId: item('Process'),
      key: string,
      title: string,
      description: string,
    },
  },
  ActionFieldRevised: {
    description: `An action field was revised. ${REVISED}`,
    fields: {
      actionFieldId: self('ActionField'),
      title: optional(string),
      description: optional(string),
    },
  },
  ActionFieldRetired: {
    description: 'An action field was retired.',
    fields: { actionFieldId: self('ActionField') },
  },

  MeetingPlanned: {
    description: 'A meeting (Veranstaltung) was planned.',
    fields: {
      meetingId: self('Meeting'),
      title: string,
      kind: enumOf('MeetingKind'),
      date,
      place: string,
      description: optional(string),
      actionFieldIds: ACTION_FIELDS,
    },
  },
  MeetingRevised: {
    description: `A meeting was revised. ${REVISED}`,
    fields: {
      meetingId: self('Meeting'),
      title: optional(string),
      kind: optional(enumOf('MeetingKind')),
      date: optional(date),
      place: optional(string),
      description: optional(string),
      addedActionFieldIds: optional(ACTION_FIELDS),
      removedActionFieldIds: optional(ACTION_FIELDS),
      participantsBySector: optional(named('ParticipantCounts')),
      summary: optional(string),
    },
  },
  MeetingHeld: {
    description: 'A meeting was held.',
    fields: {
      meetingId: self('Meeting'),
      participantsBySector: optional(named('ParticipantCounts')),
      summary: optional(string),
    },
  },
  MeetingCancelled: {
    description: 'A meeting was cancelled.',
    fields: { meetingId: self('Meeting') },
  },
  ParticipantRegistered: {
    description: 'A participant registered for a meeting (their name is personal data).',
    fields: { meetingId: self('Meeting'), subjectId: key, sector: enumOf('Sector') },
  },
  ParticipantRemoved: {
    description: 'A participant was removed from a meeting.',
    fields: { meetingId: self('Meeting'), subjectId: key },
  },

  SuggestionCaptured: {
    description: 'A suggestion (Vorschlag) was captured.',
    fields: {
      suggestionId: self('Suggestion'),
      text: string,
      title: optional(string),
      sector: enumOf('Sector'),
      channel: enumOf('SuggestionChannel'),
      meetingId: optional(item('Meeting')),
      consultationId: optional(key),
      actionFieldIds: ACTION_FIELDS,
      submitterSubjectId: optional(key),
    },
  },
  SuggestionRevised: {
    description: `A suggestion was revised. ${REVISED}`,
    fields: {
      suggestionId: self('Suggestion'),
      text: optional(string),
      title: optional(string),
      sector: optional(enumOf('Sector')),
      addedActionFieldIds: optional(ACTION_FIELDS),
      removedActionFieldIds: optional(ACTION_FIELDS),
    },
  },
  SuggestionTakenUp: {
    description: 'A suggestion was taken up by a recommendation or a project idea.',
    fields: { suggestionId: self('Suggestion'), by: named('ItemReference') },
  },
  SuggestionDeclined: {
    description: 'A suggestion was declined.',
    fields: { suggestionId: self('Suggestion') },
  },
  SuggestionReopened: {
    description: 'A declined suggestion was reopened.',
    fields: { suggestionId: self('Suggestion') },
  },

  RecommendationDrafted: {
    description: 'A recommendation (Handlungsempfehlung) was drafted.',
    fields: {
      recommendationId: self('Recommendation'),
      title: string,
      body: string,
      actionFieldIds: ACTION_FIELDS,
      derivedFrom: items('Suggestion'),
      splitFrom: optional(item('Recommendation')),
    },
  },
  RecommendationRevised: {
    description: `A recommendation was revised. ${REVISED}`,
    fields: {
      recommendationId: self('Recommendation'),
      title: optional(string),
      body: optional(string),
      actionFieldIds: optional(ACTION_FIELDS),
      previousActionFieldIds: optional(ACTION_FIELDS),
    },
  },
  RecommendationSubmittedForReview: {
    description: 'A recommendation was submitted for review.',
    fields: { recommendationId: self('Recommendation') },
  },
  RecommendationReturnedToDraft: {
    description: 'A recommendation was returned to draft.',
    fields: { recommendationId: self('Recommendation') },
  },
  RecommendationPrioritised: {
    description: 'A recommendation was prioritised.',
    fields: { recommendationId: self('Recommendation'), priority: enumOf('Priority') },
  },
  RecommendationAdopted: {
    description: 'A recommendation was adopted: a measure (Maßnahme) was planned from it.',
    fields: {
      recommendationId: self('Recommendation'),
      measureId: item('Measure'),
      measure: {
        spec: {
          kind: 'object',
          name: 'AdoptedMeasure',
          description: 'The measure an adoption starts, as it was planned then.',
          fields: {
            title: string,
            owner: string,
            actionFieldIds: ACTION_FIELDS,
            plannedStart: optional(date),
            plannedEnd: optional(date),
          },
        },
      },
    },
  },
  RecommendationRejected: {
    description: 'A recommendation was rejected.',
    fields: { recommendationId: self('Recommendation') },
  },
  RecommendationWithdrawn: {
    description: 'A recommendation was withdrawn.',
    fields: { recommendationId: self('Recommendation') },
  },
  RecommendationMerged: {
    description: 'A recommendation was merged into another.',
    fields: {
      recommendationId: self('Recommendation'),
      targetRecommendationId: item('Recommendation'),
    },
  },
  RecommendationSplit: {
    description: 'A recommendation was split into parts, each drafted as a recommendation.',
    fields: {
      recommendationId: self('Recommendation'),
      parts: {
        spec: {
          kind: 'list',
          of: {
            kind: 'object',
            name: 'SplitPart',
            description: 'A part of a split recommendation.',
            fields: { recommendationId: item('Recommendation'), title: string, body: string },
          },
        },
      },
      derivedFrom: items('Suggestion'),
      actionFieldIds: ACTION_FIELDS,
    },
  },
  SuggestionLinkedToRecommendation: {
    description: 'A suggestion was linked to a recommendation.',
    fields: { recommendationId: self('Recommendation'), suggestionId: item('Suggestion') },
  },
  SuggestionUnlinkedFromRecommendation: {
    description: 'A suggestion was unlinked from a recommendation.',
    fields: { recommendationId: self('Recommendation'), suggestionId: item('Suggestion') },
  },
  RecommendationAssignedToGuideline: {
    description: 'A recommendation was assigned to a guideline.',
    fields: { recommendationId: self('Recommendation'), guidelineId: item('Guideline') },
  },
  RecommendationUnassignedFromGuideline: {
    description: 'A recommendation was unassigned from a guideline.',
    fields: { recommendationId: self('Recommendation'), guidelineId: item('Guideline') },
  },

  GuidelineDrafted: {
    description: 'A guideline (Leitlinie) was drafted.',
    fields: {
      guidelineId: self('Guideline'),
      title: string,
      body: string,
      actionFieldIds: ACTION_FIELDS,
    },
  },
  GuidelineRevised: {
    description: `A guideline was revised. ${REVISED}`,
    fields: {
      guidelineId: self('Guideline'),
      title: optional(string),
      body: optional(string),
      actionFieldIds: optional(ACTION_FIELDS),
      previousActionFieldIds: optional(ACTION_FIELDS),
    },
  },
  GuidelinePublished: {
    description: 'A guideline was published as a numbered version, with its text as published.',
    fields: { guidelineId: self('Guideline'), version: int, title: string, body: string },
  },
  GuidelineRetired: {
    description: 'A guideline was retired.',
    fields: { guidelineId: self('Guideline') },
  },

  ProjectIdeaProposed: {
    description: 'A project idea (Projektidee) was proposed.',
    fields: {
      projectIdeaId: self('ProjectIdea'),
      title: string,
      body: string,
      actionFieldIds: ACTION_FIELDS,
      originatesFrom: { spec: { kind: 'list', of: { kind: 'named', name: 'ItemReference' } } },
      plannedStart: optional(date),
      plannedEnd: optional(date),
    },
  },
  ProjectIdeaRevised: {
    description: `A project idea was revised. ${REVISED}`,
    fields: {
      projectIdeaId: self('ProjectIdea'),
      title: optional(string),
      body: optional(string),
      actionFieldIds: optional(ACTION_FIELDS),
      previousActionFieldIds: optional(ACTION_FIELDS),
      plannedStart: optional(date),
      plannedEnd: optional(date),
    },
  },
  ProjectPreparationStarted: {
    description: 'The preparation of a project idea started.',
    fields: { projectIdeaId: self('ProjectIdea') },
  },
  ProjectLaunched: {
    description: 'A project was launched.',
    fields: { projectIdeaId: self('ProjectIdea') },
  },
  ProjectCompleted: {
    description: 'A project was completed.',
    fields: { projectIdeaId: self('ProjectIdea') },
  },
  ProjectDiscontinued: {
    description: 'A project was discontinued.',
    fields: { projectIdeaId: self('ProjectIdea') },
  },
  PartnerJoined: {
    description: 'A partner organisation joined a project idea.',
    fields: { projectIdeaId: self('ProjectIdea'), partner: named('ProjectPartner') },
  },
  PartnerLeft: {
    description: 'A partner organisation left a project idea.',
    fields: { projectIdeaId: self('ProjectIdea'), partnerId: key },
  },
  ProjectOriginLinked: {
    description: 'An item a project idea originates from was linked.',
    fields: { projectIdeaId: self('ProjectIdea'), origin: named('ItemReference') },
  },
  ProjectOriginUnlinked: {
    description: 'An item a project idea originates from was unlinked.',
    fields: { projectIdeaId: self('ProjectIdea'), origin: named('ItemReference') },
  },
  ProjectMilestonePlanned: {
    description: 'A milestone of a project idea was planned.',
    fields: { projectIdeaId: self('ProjectIdea'), milestoneId: key, title: string, dueDate: date },
  },
  ProjectMilestoneReached: {
    description: 'A milestone of a project idea was reached (at the event’s `occurredAt`).',
    fields: { projectIdeaId: self('ProjectIdea'), milestoneId: key },
  },

  MeasurePlanned: {
    description: 'A measure (Maßnahme) was planned, adopted from a recommendation.',
    fields: {
      measureId: self('Measure'),
      adoptedFrom: item('Recommendation'),
      title: string,
      owner: string,
      actionFieldIds: ACTION_FIELDS,
      adoptedAt: dateTime,
      plannedStart: optional(date),
      plannedEnd: optional(date),
    },
  },
  MeasureRevised: {
    description: `A measure was revised. ${REVISED}`,
    fields: {
      measureId: self('Measure'),
      title: optional(string),
      owner: optional(string),
      description: optional(string),
      plannedStart: optional(date),
      plannedEnd: optional(date),
    },
  },
  MeasureStarted: { description: 'A measure started.', fields: { measureId: self('Measure') } },
  MeasureProgressReported: {
    description: 'A measure’s progress was reported.',
    fields: { measureId: self('Measure'), progress: int },
  },
  MeasureCompleted: {
    description: 'A measure was completed.',
    fields: { measureId: self('Measure') },
  },
  MeasureStopped: { description: 'A measure was stopped.', fields: { measureId: self('Measure') } },
  MilestonePlanned: {
    description: 'A milestone of a measure was planned.',
    fields: { measureId: self('Measure'), milestoneId: key, title: string, dueDate: date },
  },
  MilestoneRescheduled: {
    description: 'A milestone of a measure was rescheduled (with the day it was due before).',
    fields: { measureId: self('Measure'), milestoneId: key, dueDate: date, previousDueDate: date },
  },
  MilestoneReached: {
    description:
      'A milestone of a measure was reached (at the event’s `occurredAt`, on its `evidence`).',
    fields: { measureId: self('Measure'), milestoneId: key },
  },
  MeasureResponsibilityAssigned: {
    description: 'The lead unit, partners and responsible person of a measure were assigned.',
    fields: {
      measureId: self('Measure'),
      lead: { spec: LEAD_UNIT_SPEC },
      partners: { spec: { kind: 'list', of: { kind: 'string' } } },
      responsibleSubjectId: optional(key),
    },
  },
  MeasureConfidenceRated: {
    description: 'The delivery confidence (Ampel) of a measure was rated, `reason` saying why.',
    fields: {
      measureId: self('Measure'),
      confidence: enumOf('Confidence'),
      previousConfidence: optional(enumOf('Confidence')),
    },
  },
  MeasureCompletionRequested: {
    description: 'The team asked the ministry to confirm a measure complete, with `evidence`.',
    fields: { measureId: self('Measure') },
  },
  MeasureCompletionReturned: {
    description: 'The ministry returned a completion request, `reason` saying why.',
    fields: { measureId: self('Measure') },
  },

  IndicatorDefined: {
    description: 'An indicator (Kennzahl) of a measure or an action field was defined.',
    fields: {
      indicatorId: self('Indicator'),
      subject: named('ItemReference'),
      title: string,
      unit: string,
      direction: enumOf('IndicatorDirection'),
      description: optional(string),
      baseline: BASELINE,
      target: TARGET,
      intermediateTargets: TARGETS,
    },
  },
  IndicatorRevised: {
    description: `An indicator's wording was revised. ${REVISED}`,
    fields: {
      indicatorId: self('Indicator'),
      title: optional(string),
      unit: optional(string),
      description: optional(string),
    },
  },
  IndicatorTargetChanged: {
    description: 'An indicator’s target was moved (a moved goalpost), `reason` saying why.',
    fields: {
      indicatorId: self('Indicator'),
      target: TARGET,
      previousTarget: TARGET,
      intermediateTargets: TARGETS,
      previousIntermediateTargets: TARGETS,
    },
  },
  IndicatorValueReported: {
    description: 'A value of an indicator was reported for its reference date.',
    fields: {
      indicatorId: self('Indicator'),
      valueId: key,
      value: float,
      referenceDate: date,
      source: string,
      cycleId: optional(item('ReportingCycle')),
    },
  },
  IndicatorValueCorrected: {
    description: 'A reported value was corrected, `reason` saying why; the original stays.',
    fields: {
      indicatorId: self('Indicator'),
      valueId: key,
      value: float,
      referenceDate: date,
      source: string,
      previous: {
        spec: {
          kind: 'object',
          name: 'IndicatorValueBefore',
          description: 'A value as it stood before a correction.',
          fields: { value: float, referenceDate: date, source: string },
        },
      },
    },
  },
  IndicatorRetired: {
    description: 'An indicator was retired, `reason` saying why.',
    fields: { indicatorId: self('Indicator') },
  },

  ReportingCycleOpened: {
    description: 'The ministry opened a reporting cycle (Berichtszyklus).',
    fields: { cycleId: self('ReportingCycle'), title: string, deadline: date },
  },
  StatusReportSubmitted: {
    description:
      'The team submitted a status report (Sachstandsbericht) on a measure; `reason` explains its confidence.',
    fields: {
      cycleId: self('ReportingCycle'),
      measureId: item('Measure'),
      narrative: string,
      confidence: enumOf('Confidence'),
      measureProgress: optional(int),
      indicatorValues: REPORTED_VALUES,
    },
  },
  IndicatorValuesReported: {
    description:
      'The team reported figures on many indicators at once for a cycle; each is also an `IndicatorValueReported` on its indicator, in the same transaction.',
    fields: { cycleId: self('ReportingCycle'), values: REPORTED_VALUES },
  },
  StatusReportAccepted: {
    description: 'The ministry accepted a status report.',
    fields: { cycleId: self('ReportingCycle'), measureId: item('Measure') },
  },
  StatusReportReturned: {
    description: 'The ministry returned a status report, `reason` saying what to put right.',
    fields: { cycleId: self('ReportingCycle'), measureId: item('Measure') },
  },
  ReportingCycleClosed: {
    description: 'The ministry closed a reporting cycle.',
    fields: { cycleId: self('ReportingCycle') },
  },

  // A consultation is internal (see visibility/rules.ts): these reach the team and the ministry.
  ConsultationOpened: {
    description: 'The ministry opened a consultation (Beteiligung) for its period.',
    fields: {
      consultationId: key,
      title: string,
      description: string,
      actionFieldId: optional(item('ActionField')),
      meetingId: optional(item('Meeting')),
      actionFieldIds: optional(ACTION_FIELDS),
      opensOn: date,
      closesOn: date,
    },
  },
  ConsultationClosed: {
    description: 'The ministry closed a consultation.',
    fields: { consultationId: key },
  },
  SubmissionReceived: {
    description:
      'Someone submitted a suggestion online; it counts once confirmed (the contact is personal data).',
    fields: {
      consultationId: key,
      submissionId: key,
      text: string,
      sector: enumOf('Sector'),
      submitterSubjectId: key,
      consent: {
        spec: {
          kind: 'object',
          name: 'SubmissionConsent',
          description: 'What the submitter agreed to: the privacy notice’s version.',
          fields: {
            noticeVersion: { ...string, description: 'The privacy notice’s version shown.' },
          },
        },
      },
      confirmationHash: string,
      confirmBy: dateTime,
    },
  },
  SubmissionConfirmed: {
    description: 'The submitter confirmed the submission by the mailed link.',
    fields: { consultationId: key, submissionId: key },
  },
  SubmissionAccepted: {
    description: 'The team accepted a submission as a suggestion (channel online).',
    fields: {
      consultationId: key,
      submissionId: key,
      suggestionId: item('Suggestion'),
      text: string,
      sector: enumOf('Sector'),
      actionFieldIds: ACTION_FIELDS,
    },
  },
  SubmissionDeclined: {
    description: 'The team declined a submission, `reason` saying why (the submitter is told).',
    fields: { consultationId: key, submissionId: key },
  },

  ProcessDefined: {
    description: 'A strategy process (Strategieprozess) was defined.',
    fields: {
      processId: self('Process'),
      slug: key,
      title: string,
      description: string,
      commissionedBy: string,
      runBy: string,
    },
  },
  ProcessRevised: {
    description: `A strategy process was revised. ${REVISED}`,
    fields: {
      processId: self('Process'),
      title: optional(string),
      description: optional(string),
      commissionedBy: optional(string),
      runBy: optional(string),
    },
  },
  ProcessStarted: {
    description: 'A strategy process started.',
    fields: { processId: self('Process') },
  },
  ProcessConcluded: {
    description: 'A strategy process was concluded.',
    fields: { processId: self('Process') },
  },
  ProcessPhasePlanned: {
    description: 'A phase of a strategy process was planned.',
    fields: {
      processId: self('Process'),
      phaseId: key,
      title: string,
      plannedStart: date,
      plannedEnd: optional(date),
    },
  },
  ProcessPhaseStarted: {
    description: 'A phase of a strategy process started.',
    fields: { processId: self('Process'), phaseId: key, on: date },
  },
  ProcessPhaseClosed: {
    description: 'A phase of a strategy process was closed.',
    fields: { processId: self('Process'), phaseId: key, on: date },
  },

  PersonalDataErased: {
    description:
      'The personal data of a data subject was erased (DSGVO); the events that carried it stay, without it.',
    fields: { subjectId: key, records: int },
  },
};
