import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import { capitalised } from './graphql-spec.js';
import type { TestApi } from './test-api.js';

/** Marks every free text the team writes on what partners may not see: it must never reach them. */
export const MARKER = `LECK${randomUUID().replaceAll('-', '').slice(0, 12)}`;

const marked = (what: string) => `${MARKER} ${what}`;

/** A reason and evidence (URL, document, note) for a command, all marked. */
const why = (what: string, meetingId?: string) => ({
  reason: marked(`Grund ${what}`),
  evidence: [
    {
      url: `https://intern.example/${MARKER}/${encodeURIComponent(what)}`,
      document: marked(`Akte ${what}`),
      note: marked(`Notiz ${what}`),
      ...(meetingId === undefined ? {} : { meetingId }),
    },
  ],
});

const field = encodeGlobalID('ActionField', 'hf-digitalisierung');

/**
 * The seeded demo's published items the scenario touches: global ids, found as the team sees
 * them (a prioritised recommendation, a project idea in preparation, a suggestion taken up).
 */
const publicItems = async (api: TestApi) => {
  const pick = async (list: string, status: string) => {
    const response = await api.gql<Record<string, { edges: { node: { id: string } }[] }>>(
      `query($status: [String!]) { ${list}(first: 1, status: $status) { edges { node { id } } } }`,
      { status: [status] },
    );
    const id = response.data?.[list]?.edges[0]?.node.id;
    if (!id) throw new Error(`The demo has no ${list} in ${status}.`);
    return id;
  };
  return {
    recommendation: await pick('recommendations', 'prioritised'),
    projectIdea: await pick('projectIdeas', 'in_preparation'),
    suggestion: await pick('suggestions', 'taken_up'),
    measure: await pick('measures', 'in_progress').catch(() => pick('measures', 'planned')),
    meeting: await pick('meetings', 'held'),
  };
};

/**
 * As the project team, writes what partners must not see, with `MARKER` in every free text:
 * a draft recommendation from a captured suggestion (which the draft makes public), a declined
 * and an untouched suggestion, a draft guideline a published recommendation is assigned to, an
 * idea-stage project idea from a suggestion, a published idea linked to the draft, a published
 * suggestion linked to the draft, a draft split into parts and one merged away, a cancelled
 * meeting named as evidence on a published measure, a status report awaiting review. Returns the new items' global ids (`hidden`:
 * those that were never published).
 */
export const writeDrafts = async (api: TestApi) => {
  const shown = await publicItems(api);
  const version = async (id: string) => {
    const response = await api.gql<{ node: { version: number } }>(
      'query($id: ID!) { node(id: $id) { ... on Item { version } } }',
      { id },
    );
    return response.data?.node.version ?? 0;
  };
  const write = async (name: string, item: string, input: Record<string, unknown>) => {
    const response = await api.gql<Record<string, Record<string, { id: string }>>>(
      `mutation($input: ${capitalised(name)}Input!) { ${name}(input: $input) { ${item} { id } } }`,
      { input },
    );
    expect(response.errors, name).toBeUndefined();
    const id = response.data?.[name]?.[item]?.id;
    if (!id) throw new Error(`${name} returned no id`);
    return id;
  };
  const capture = (text: string, what: string, extra: Record<string, unknown> = {}) =>
    write('captureSuggestion', 'suggestion', {
      text,
      title: text,
      sector: 'INDUSTRY',
      channel: 'MAIL',
      actionFieldIds: [field],
      submitter: {
        name: marked('Name'),
        email: `${MARKER.toLowerCase()}@intern.example`,
        organisation: marked('Organisation'),
      },
      ...why(what),
      ...extra,
    });
  const draft = (what: string, derivedFrom: string[]) =>
    write('draftRecommendation', 'recommendation', {
      title: marked(`Empfehlung ${what}`),
      body: marked(`Text ${what}`),
      actionFieldIds: [field],
      derivedFrom,
      ...why(what),
    });

  // Captured at a held meeting; public once the draft takes it up, so its own text is not marked.
  const takenUp = await capture('Offener Vorschlag zum Aufgreifen', 'erfassen', {
    channel: 'MEETING',
    meetingId: shown.meeting,
  });
  const recommendation = await draft('Entwurf', [takenUp]);

  const declined = await capture(marked('abgelehnter Vorschlag'), 'erfassen-abgelehnt');
  await write('declineSuggestion', 'suggestion', {
    id: declined,
    expectedVersion: 1,
    ...why('ablehnen'),
  });
  const captured = await capture(marked('nicht aufgegriffener Vorschlag'), 'erfassen-offen');

  const guideline = await write('draftGuideline', 'guideline', {
    title: marked('Leitlinie'),
    body: marked('Leitlinientext'),
    actionFieldIds: [field],
    ...why('leitlinie'),
  });
  await write('assignToGuideline', 'recommendation', {
    id: shown.recommendation,
    guidelineId: guideline,
    expectedVersion: await version(shown.recommendation),
    ...why('zuordnen'),
  });

  const forIdea = await capture('Offener Vorschlag für eine Projektidee', 'erfassen-idee');
  const projectIdea = await write('proposeProjectIdea', 'projectIdea', {
    title: marked('Projektidee'),
    body: marked('Ideentext'),
    actionFields: [field],
    originatesFrom: [forIdea],
    ...why('idee'),
  });
  await write('linkOrigin', 'projectIdea', {
    id: shown.projectIdea,
    origin: recommendation,
    expectedVersion: await version(shown.projectIdea),
    ...why('herkunft'),
  });
  await write('linkSuggestion', 'recommendation', {
    id: recommendation,
    suggestionId: shown.suggestion,
    expectedVersion: await version(recommendation),
    ...why('verknuepfen'),
  });

  const split = await draft('Teilen', [shown.suggestion]);
  await write('splitRecommendation', 'recommendation', {
    id: split,
    expectedVersion: 1,
    parts: [
      { title: marked('Teil eins'), body: marked('Teiltext eins') },
      { title: marked('Teil zwei'), body: marked('Teiltext zwei') },
    ],
    ...why('teilen'),
  });
  const merged = await draft('Zusammenführen', []);
  await write('mergeRecommendation', 'recommendation', {
    id: merged,
    targetRecommendationId: shown.recommendation,
    expectedVersion: 1,
    ...why('zusammenfuehren'),
  });

  // Drafted (internal), then published: what was written while it was a draft stays internal.
  const laterPublic = await capture(
    'Offener Vorschlag für eine spätere Empfehlung',
    'erfassen-spaeter',
  );
  const published = await draft('später veröffentlicht', [laterPublic]);
  await write('reviseRecommendation', 'recommendation', {
    id: published,
    expectedVersion: 1,
    title: 'Veröffentlichte Empfehlung',
    body: 'Öffentlicher Text der Empfehlung.',
  });
  await write('submitRecommendationForReview', 'recommendation', {
    id: published,
    expectedVersion: 2,
    ...why('vorlegen'),
  });
  await write('prioritiseRecommendation', 'recommendation', {
    id: published,
    expectedVersion: 3,
    priority: 'HIGH',
    reason: 'Im Lenkungskreis priorisiert.',
  });

  // A planned meeting is public from the start: only its cancellation is not.
  const meeting = await write('planMeeting', 'meeting', {
    title: 'Geplante Sitzung',
    kind: 'WORKSHOP',
    date: '2027-03-01',
    place: 'Dresden',
    actionFieldIds: [field],
  });
  await write('cancelMeeting', 'meeting', { id: meeting, expectedVersion: 1, ...why('absagen') });
  await write('reportMeasureProgress', 'measure', {
    id: shown.measure,
    expectedVersion: await version(shown.measure),
    progress: 55,
    ...why('fortschritt', meeting),
  });

  // A status report in the demo's open cycle, not yet accepted: its narrative stays internal.
  // The Ampel it gives, with its reason and evidence, is the measure's rating: public like any.
  const cycle = encodeGlobalID('ReportingCycle', 'bz-2025-h2');
  await write('submitStatusReport', 'reportingCycle', {
    id: cycle,
    expectedVersion: await version(cycle),
    measureId: shown.measure,
    narrative: marked('Sachstand'),
    confidence: 'AMBER',
    reason: 'Die KI-Erweiterung verzögert sich.',
    evidence: [{ document: 'Sachstandsbericht 2/2025' }],
  });

  return {
    shown,
    takenUp,
    forIdea,
    cancelledMeeting: meeting,
    /** Published after drafting, from the suggestion `laterPublic`. */
    published,
    laterPublic,
    hidden: { recommendation, declined, captured, guideline, projectIdea, split, merged },
  };
};
