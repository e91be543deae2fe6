import {
  type AggregateKind,
  type CommandMetadata,
  calendarDateIn,
  DEFAULT_PROCESS_ID,
  type DemoStep,
  type DomainCommand,
  type DomainCommandType,
  type Evidence,
  kindOfCommand,
  SECTORS,
} from '@fahrplan/domain';
import { DEFAULT_TIME_ZONE } from '../time-zone.js';
import { createRandom } from './random.js';

/** The generated history is seen from the end of 2030: every step lies before this. */
const GENERATED_NOW = '2030-12-31T12:00:00.000Z';
const START = Date.parse('2016-01-04T08:00:00.000Z');
const LAST = Date.parse(GENERATED_NOW) - 86_400_000;
const DAY = 86_400_000;
const TIME_ZONE = 'Europe/Berlin';

const GENERATOR_ACTORS = { team: 'generated-team', ministry: 'generated-ministry' } as const;

type CommandOf<T extends DomainCommandType> = Extract<DomainCommand, { readonly type: T }>;

/** A step and when it happens: the steps are run in time order. */
interface Timed {
  readonly at: number;
  readonly seq: number;
  readonly step: DemoStep;
}

// The installation's day (Germany), not UTC's: an instant late in the evening is still that day.
const dateOf = (ms: number): string =>
  calendarDateIn(new Date(ms).toISOString(), DEFAULT_TIME_ZONE);

const WORDS = [
  'Digitalisierung',
  'Fachkräfte',
  'Wasserstoff',
  'Kreislaufwirtschaft',
  'Mittelstand',
  'Transfer',
  'Breitband',
  'Weiterbildung',
  'Gründungen',
  'Automatisierung',
  'Leichtbau',
  'Mikroelektronik',
  'Logistik',
  'Energieeffizienz',
  'Innovation',
  'Netzwerke',
] as const;
const PLACES = ['Dresden', 'Leipzig', 'Chemnitz', 'Zwickau', 'Görlitz', 'Freiberg', 'Bautzen'];
const OWNERS = ['SMWA, Referat 31', 'SMWA, Referat 32', 'SMWK, Referat 4', 'SMR, Referat 2'];
const FIRST = ['Anna', 'Jonas', 'Marie', 'Paul', 'Lea', 'Felix', 'Sophie', 'Lukas', 'Emma', 'Ben'];
const LAST_NAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner'];

export interface ProcessPlan {
  /** Distinguishes the ids of several strategy processes in one database. */
  readonly process: number;
  /** About how many events the process should produce. */
  readonly events: number;
  readonly seed: number;
}

/**
 * One strategy process as the commands a team and a ministry would issue over 2016–2030: action
 * fields; meetings with registered participants (personal data); suggestions, some with their
 * submitter; recommendations drafted from suggestions, revised, linked, assigned to guidelines,
 * reviewed, then adopted (a measure with milestones and progress), rejected, withdrawn, merged
 * into another or split into parts; project ideas with partners and milestones. Deterministic: the
 * same plan gives the same steps. The commands are only proposals: `decide` has the last word.
 */
export const processSteps = ({ process, events, seed }: ProcessPlan): DemoStep[] => {
  const random = createRandom(seed * 7919 + process);
  const timed: Timed[] = [];
  let seq = 0;
  let estimate = 0;
  const prefix = `g${process}`;
  let counter = 0;
  const newId = (kind: string) => `${prefix}-${kind}-${(counter++).toString(36)}`;

  const meta = (
    at: number,
    role: 'team' | 'ministry',
    reason?: string,
    evidence?: readonly Evidence[],
  ): CommandMetadata => ({
    actor: GENERATOR_ACTORS[role],
    role,
    now: GENERATED_NOW,
    timeZone: TIME_ZONE,
    occurredAt: new Date(at).toISOString(),
    ...(reason === undefined ? {} : { reason }),
    ...(evidence === undefined ? {} : { evidence }),
  });
  /** Adds a step unless it would lie after the end; false tells the item's story to stop. */
  const add = <T extends DomainCommandType>(
    type: T,
    data: CommandOf<T>['data'],
    at: number,
    role: 'team' | 'ministry' = 'team',
    options: { reason?: string; evidence?: readonly Evidence[]; followUps?: number } = {},
  ): boolean => {
    if (at > LAST) return false;
    const kind = kindOfCommand(type) as AggregateKind;
    const command = {
      type,
      data,
      metadata: meta(at, role, options.reason, options.evidence),
    } as CommandOf<T>;
    timed.push({ at, seq: seq++, step: { kind, command } });
    estimate += 1 + (options.followUps ?? 0);
    return true;
  };
  const later = (at: number, minDays: number, maxDays: number) =>
    at + random.int(minDays * 24, maxDays * 24) * 3_600_000;
  const words = (count: number) =>
    Array.from({ length: count }, () => random.pick(WORDS)).join(', ');
  const text = (topic: string, n: number) =>
    `${topic}: Fassung ${n}. Die Maßnahmen zu ${words(3)} werden mit Kammern, Hochschulen und Unternehmen abgestimmt und regional umgesetzt (${random.int(1, 1_000_000)}).`;

  // Action fields first: everything else refers to them.
  const fields: string[] = [];
  for (let index = 0; index < 6; index++) {
    const id = newId('hf');
    add(
      'DefineActionField',
      {
        actionFieldId: id,
        processId: DEFAULT_PROCESS_ID,
        key: `${prefix}-feld-${index}`,
        title: `Handlungsfeld ${random.pick(WORDS)} ${index + 1}`,
        description: `Ziele und Vorhaben im Feld ${words(2)}.`,
      },
      START + index * 3_600_000,
    );
    fields.push(id);
  }
  const someFields = () => [...new Set([random.pick(fields), random.pick(fields)])];

  let guideline: { id: string; from: number } | undefined;
  const usable: { id: string; at: number }[] = [];
  /** A suggestion that exists (and was not declined) well before `at`. */
  const suggestionBefore = (at: number): string => {
    const candidates = usable.filter((suggestion) => suggestion.at < at - DAY);
    return random.pick(candidates.length > 0 ? candidates : usable).id;
  };

  const measureStory = (id: string, adoptedAt: number, plannedEnd: number, busy: boolean) => {
    let at = later(adoptedAt, 5, 40);
    if (!add('ReviseMeasure', { measureId: id, description: text('Umsetzung', 1) }, at, 'ministry'))
      return;
    at = later(at, 20, 150);
    if (!add('StartMeasure', { measureId: id }, at, 'ministry')) return;
    const milestones: { id: string; due: number }[] = [];
    const count = random.int(2, 6);
    for (let index = 0; index < count; index++) {
      const due = later(at, 60 + index * 200, 200 + index * 300);
      const milestoneId = `${id}-ms-${index}`;
      if (
        !add(
          'PlanMilestone',
          {
            measureId: id,
            milestoneId,
            title: `Meilenstein ${index + 1}: ${words(1)}`,
            dueDate: dateOf(due),
          },
          at + index * 60_000,
          'ministry',
        )
      )
        return;
      milestones.push({ id: milestoneId, due });
    }
    const rescheduled = milestones[1];
    if (rescheduled && random.chance(0.3)) {
      rescheduled.due = later(rescheduled.due, 30, 120);
      add(
        'RescheduleMilestone',
        { measureId: id, milestoneId: rescheduled.id, dueDate: dateOf(rescheduled.due) },
        later(at, 10, 50),
        'ministry',
        { reason: 'Verzögerung bei der Ausschreibung.' },
      );
    }
    const stopAt = random.chance(0.06) ? later(at, 200, 1500) : undefined;
    const end = Math.min(plannedEnd, stopAt ?? Number.POSITIVE_INFINITY);
    let progress = 0;
    let reached = 0;
    const step = busy ? 2 : 7;
    for (let t = later(at, step, step * 2); t < end; t = later(t, step, step * 3)) {
      progress = Math.min(100, Math.max(0, progress + random.int(-1, 3)));
      if (!add('ReportMeasureProgress', { measureId: id, progress }, t)) return;
      const next = milestones[reached];
      if (next && next.due <= t) {
        add('ReachMilestone', { measureId: id, milestoneId: next.id }, t + 60_000, 'ministry', {
          evidence: [{ document: 'Sachbericht zum Meilenstein' }],
        });
        reached += 1;
      }
    }
    if (stopAt !== undefined) {
      add('StopMeasure', { measureId: id }, stopAt, 'ministry', {
        reason: 'Die Förderung wurde nicht verlängert.',
      });
    } else {
      add('CompleteMeasure', { measureId: id }, later(plannedEnd, 1, 30), 'ministry');
    }
  };

  type Outcome = 'adopt' | 'reject' | 'withdraw' | 'open' | 'merge' | 'split';
  /**
   * A recommendation's story from its draft (or, for a part, from the split that drafted it):
   * revisions, links, review, then its outcome, not before `notBefore`.
   */
  const recommendationStory = (
    id: string,
    from: number,
    options: { outcome: Outcome; notBefore?: number; revisions: number; drafted: boolean },
  ): number => {
    let at = from;
    const linked = new Set<string>();
    if (!options.drafted) {
      const derivedFrom = [
        ...new Set(Array.from({ length: random.int(1, 3) }, () => suggestionBefore(at))),
      ];
      if (
        !add(
          'DraftRecommendation',
          {
            recommendationId: id,
            title: `Empfehlung ${words(2)}`,
            body: text('Empfehlung', 0),
            actionFieldIds: someFields(),
            derivedFrom,
          },
          at,
          'team',
          { followUps: derivedFrom.length },
        )
      )
        return at;
      for (const suggestion of derivedFrom) linked.add(suggestion);
    }
    for (let n = 1; n <= options.revisions; n++) {
      at = later(at, 0, 3);
      if (!add('ReviseRecommendation', { recommendationId: id, body: text('Empfehlung', n) }, at))
        return at;
    }
    const link = suggestionBefore(at);
    // A part carries its whole's suggestions, which this story does not track: parts link none.
    if (!options.drafted && !linked.has(link) && random.chance(0.4)) {
      at = later(at, 1, 10);
      add('LinkSuggestion', { recommendationId: id, suggestionId: link }, at, 'team', {
        reason: 'Gehört inhaltlich dazu.',
        followUps: 1,
      });
    }
    if (guideline && random.chance(0.5)) {
      at = later(Math.max(at, guideline.from), 1, 10);
      add('AssignToGuideline', { recommendationId: id, guidelineId: guideline.id }, at);
    }
    if (options.outcome === 'open') return at;
    const decideAt = () => Math.max(later(at, 5, 60), options.notBefore ?? 0);
    if (options.outcome === 'withdraw') {
      at = decideAt();
      add('WithdrawRecommendation', { recommendationId: id }, at, 'team', {
        reason: 'Wird an anderer Stelle bearbeitet.',
      });
      return at;
    }
    if (options.outcome === 'merge') {
      const target = newId('he');
      const mergeAt = later(at, 10, 40);
      recommendationStory(target, later(from, 0, 5), {
        outcome: random.chance(0.6) ? 'adopt' : 'reject',
        notBefore: later(mergeAt, 5, 30),
        revisions: random.int(5, 40),
        drafted: false,
      });
      add(
        'MergeRecommendation',
        { recommendationId: id, targetRecommendationId: target },
        mergeAt,
        'team',
        { reason: 'Beide Empfehlungen werden zusammen weitergeführt.' },
      );
      return mergeAt;
    }
    if (options.outcome === 'split') {
      at = later(at, 5, 30);
      const parts = [newId('he'), newId('he')];
      const splitDone = add(
        'SplitRecommendation',
        {
          recommendationId: id,
          parts: parts.map((part, index) => ({
            recommendationId: part,
            title: `Teil ${index + 1}: ${words(2)}`,
            body: text('Teilempfehlung', 0),
          })),
        },
        at,
        'team',
        { reason: 'Verschiedene Zuständigkeiten.', followUps: 6 },
      );
      if (splitDone) {
        for (const part of parts) {
          recommendationStory(part, later(at, 1, 10), {
            outcome: random.pick(['adopt', 'adopt', 'reject', 'open'] as const),
            revisions: random.int(3, 30),
            drafted: true,
          });
        }
      }
      return at;
    }
    at = later(at, 3, 30);
    if (!add('SubmitRecommendationForReview', { recommendationId: id }, at)) return at;
    if (random.chance(0.2)) {
      at = later(at, 10, 60);
      add('ReturnRecommendationToDraft', { recommendationId: id }, at, 'ministry', {
        reason: 'Abgrenzung schärfen.',
      });
      at = later(at, 5, 30);
      add('ReviseRecommendation', { recommendationId: id, body: text('Überarbeitung', 1) }, at);
      at = later(at, 3, 20);
      add('SubmitRecommendationForReview', { recommendationId: id }, at);
    }
    at = Math.max(later(at, 10, 90), options.notBefore ?? 0);
    if (options.outcome === 'reject') {
      add('RejectRecommendation', { recommendationId: id }, at, 'ministry', {
        reason: 'Ein anderes Instrument besteht bereits.',
      });
      return at;
    }
    if (
      !add(
        'PrioritiseRecommendation',
        { recommendationId: id, priority: random.pick(['high', 'medium', 'low'] as const) },
        at,
        'ministry',
      )
    )
      return at;
    at = later(at, 10, 120);
    const measureId = newId('mn');
    const start = later(at, 30, 200);
    const end = later(start, 365, 365 * 8);
    const adopted = add(
      'AdoptRecommendation',
      {
        recommendationId: id,
        measureId,
        measure: {
          owner: random.pick(OWNERS),
          plannedStart: dateOf(start),
          plannedEnd: dateOf(end),
        },
      },
      at,
      'ministry',
      { reason: 'Vom Lenkungskreis empfohlen.', followUps: 1 },
    );
    if (adopted) measureStory(measureId, at, end, false);
    return at;
  };

  const projectStory = (from: number, meetingId: string) => {
    const id = newId('pi');
    let at = from;
    const origins = [
      { kind: 'Meeting' as const, id: meetingId },
      { kind: 'Suggestion' as const, id: suggestionBefore(at) },
    ];
    if (
      !add(
        'ProposeProjectIdea',
        {
          projectIdeaId: id,
          title: `Projekt ${words(2)}`,
          body: text('Projektidee', 0),
          actionFieldIds: someFields(),
          originatesFrom: origins,
        },
        at,
      )
    )
      return;
    for (let n = 1, count = random.int(2, 20); n <= count; n++) {
      at = later(at, 1, 10);
      if (!add('ReviseProjectIdea', { projectIdeaId: id, body: text('Projektidee', n) }, at))
        return;
    }
    for (let index = 0, count = random.int(1, 4); index < count; index++) {
      at = later(at, 1, 20);
      add(
        'JoinPartner',
        {
          projectIdeaId: id,
          partner: {
            partnerId: `${id}-pt-${index}`,
            name: `${random.pick(['TU', 'Fraunhofer', 'IHK', 'HWK'])} ${random.pick(PLACES)}`,
            sector: random.pick(SECTORS),
            role: index === 0 ? 'lead' : 'partner',
          },
        },
        at,
      );
    }
    if (random.chance(0.15)) {
      at = later(at, 5, 60);
      add('DiscontinueProject', { projectIdeaId: id }, at, 'team', {
        reason: 'Keine Finanzierung.',
      });
      return;
    }
    at = later(at, 10, 90);
    if (!add('StartProjectPreparation', { projectIdeaId: id }, at)) return;
    at = later(at, 30, 180);
    if (!add('LaunchProject', { projectIdeaId: id }, at)) return;
    const milestones = random.int(1, 4);
    for (let index = 0; index < milestones; index++) {
      add(
        'PlanProjectMilestone',
        {
          projectIdeaId: id,
          milestoneId: `${id}-ms-${index}`,
          title: `Etappe ${index + 1}`,
          dueDate: dateOf(later(at, 100 * (index + 1), 200 * (index + 1))),
        },
        at + index * 60_000,
      );
    }
    for (let index = 0; index < milestones; index++) {
      at = later(at, 60, 200);
      if (
        !add('ReachProjectMilestone', { projectIdeaId: id, milestoneId: `${id}-ms-${index}` }, at)
      )
        return;
    }
    add('CompleteProject', { projectIdeaId: id }, later(at, 10, 90));
  };

  // Units of work spread over the years until the estimate reaches the plan.
  const perUnit = 450;
  const units = Math.max(1, Math.round(events / perUnit));
  const span = Date.parse('2029-06-30T00:00:00.000Z') - START - 30 * DAY;
  for (let unit = 0; estimate < events; unit++) {
    const from =
      START +
      7 * DAY +
      Math.floor((Math.min(unit, units - 1) / units) * span) +
      random.int(0, 20) * DAY;
    const meetingId = newId('ws');
    const meetingDate = later(from, 20, 60);
    add(
      'PlanMeeting',
      {
        meetingId,
        title: `Workshop ${words(1)} ${PLACES[unit % PLACES.length]}`,
        kind: random.pick(['workshop', 'talk', 'conference', 'other'] as const),
        date: dateOf(meetingDate),
        place: random.pick(PLACES),
        actionFieldIds: someFields(),
      },
      from,
    );
    const participants = random.int(5, 30);
    for (let index = 0; index < participants; index++) {
      add(
        'RegisterParticipant',
        {
          meetingId,
          subjectId: `${meetingId}-p${index}`,
          sector: random.pick(SECTORS),
          name: `${random.pick(FIRST)} ${random.pick(LAST_NAMES)}`,
          email: `teilnehmer${index}@example.org`,
          organisation: `${random.pick(['Firma', 'Institut', 'Verein'])} ${random.pick(PLACES)}`,
        },
        from + (index + 1) * 3_600_000,
      );
    }
    const cancelled = random.chance(0.08);
    if (cancelled) {
      add('CancelMeeting', { meetingId }, meetingDate - DAY, 'team', {
        reason: 'Zu wenige Anmeldungen.',
      });
    } else {
      add(
        'RecordMeetingHeld',
        {
          meetingId,
          participantsBySector: { industry: random.int(3, 20), science: random.int(1, 8) },
          summary: `Ergebnisse zu ${words(3)}.`,
        },
        meetingDate + 8 * 3_600_000,
      );
    }
    const suggestionsAt = meetingDate + DAY;
    for (let index = 0, count = random.int(6, 12); index < count; index++) {
      const id = newId('vs');
      const at = later(suggestionsAt, 0, 20);
      const fromMeeting = !cancelled && random.chance(0.7);
      const withSubmitter = random.chance(0.3);
      add(
        'CaptureSuggestion',
        {
          suggestionId: id,
          text: text('Vorschlag', 0),
          title: `Vorschlag ${words(1)}`,
          sector: random.pick(SECTORS),
          channel: fromMeeting ? 'meeting' : random.pick(['mail', 'online', 'other'] as const),
          ...(fromMeeting ? { meetingId } : {}),
          actionFieldIds: someFields(),
          ...(withSubmitter
            ? {
                submitter: {
                  subjectId: `${id}-submitter`,
                  name: `${random.pick(FIRST)} ${random.pick(LAST_NAMES)}`,
                  email: `${id}@example.org`,
                },
              }
            : {}),
        },
        at,
      );
      let revisedAt = at;
      for (let n = 1, revisions = random.int(0, 4); n <= revisions; n++) {
        revisedAt = later(revisedAt, 0, 5);
        add('ReviseSuggestion', { suggestionId: id, text: text('Vorschlag', n) }, revisedAt);
      }
      if (random.chance(0.12)) {
        add('DeclineSuggestion', { suggestionId: id }, later(revisedAt, 10, 30), 'team', {
          reason: 'Liegt außerhalb des Auftrags.',
        });
      } else {
        usable.push({ id, at });
      }
    }
    if (unit % 12 === 0) {
      const id = newId('ll');
      const at = later(suggestionsAt, 1, 10);
      add(
        'DraftGuideline',
        {
          guidelineId: id,
          title: `Leitlinie ${words(1)}`,
          body: text('Leitlinie', 0),
          actionFieldIds: someFields(),
        },
        at,
      );
      add('ReviseGuideline', { guidelineId: id, body: text('Leitlinie', 1) }, at + DAY);
      add('PublishGuideline', { guidelineId: id }, at + 5 * DAY, 'ministry');
      guideline = { id, from: at + 6 * DAY };
    }
    const draftsFrom = later(suggestionsAt, 25, 60);
    for (let index = 0, count = random.int(1, 3); index < count; index++) {
      const busy = process === 0 && unit === 0 && index === 0;
      const outcome: Outcome = busy
        ? 'open'
        : random.pick([
            'adopt',
            'adopt',
            'adopt',
            'reject',
            'withdraw',
            'open',
            'merge',
            'split',
          ] as const);
      recommendationStory(newId('he'), later(draftsFrom, 0, 10), {
        outcome,
        revisions: busy ? 1200 : random.int(10, 150),
        drafted: false,
      });
    }
    if (unit % 2 === 0) projectStory(later(suggestionsAt, 30, 120), meetingId);
  }

  timed.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return timed.map(({ step }) => step);
};
