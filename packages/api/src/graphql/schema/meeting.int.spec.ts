import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectWritten,
  gid as globalId,
  graphqlSpec,
  mutationText,
} from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;
let fieldA: string;
let fieldB: string;

const MEETING_FIELDS = `id version status statusLabel title kind kindLabel date place description
  summary cancellationReason
  participantsBySector { industry science society administration total }
  actionFields { id title }
  participants { subjectId sector name email organisation erased }`;

const PLAN = mutationText('planMeeting', `version replayed meeting { ${MEETING_FIELDS} }`);
const REVISE = mutationText('reviseMeeting', `version meeting { ${MEETING_FIELDS} }`);
const HELD = mutationText('recordMeetingHeld', `version meeting { ${MEETING_FIELDS} }`);
const CANCEL = mutationText('cancelMeeting', `version meeting { status cancellationReason }`);
const REGISTER = `mutation Register($input: RegisterParticipantInput!) {
  registerParticipant(input: $input) {
    version replayed
    participant { subjectId sector name email organisation erased }
    meeting { participants { subjectId name } }
  }
}`;
const REMOVE = mutationText('removeParticipant', `version meeting { participants { subjectId } }`);
const PARTICIPANTS = `query Participants($id: ID!) {
  node(id: $id) { ... on Meeting { participants { subjectId sector name email organisation erased } } }
}`;

interface MeetingPayload {
  version: number;
  meeting: { id: string; version: number };
}

const workshop = () => ({
  title: 'Workshop Digitalisierung',
  kind: 'WORKSHOP',
  date: '2017-03-07',
  place: 'Dresden',
  description: 'Auftakt im Handlungsfeld Digitalisierung.',
  actionFieldIds: [fieldA],
  occurredAt: '2017-01-10T09:00:00Z',
});

const plan = async (overrides: Record<string, unknown> = {}) => {
  const response = await api.gql<{ planMeeting: MeetingPayload }>(PLAN, {
    input: { ...workshop(), ...overrides },
  });
  expect(response.errors).toBeUndefined();
  const meeting = response.data?.planMeeting.meeting;
  if (!meeting) throw new Error('planMeeting returned no meeting');
  return meeting.id;
};

const hold = async (id: string, expectedVersion: number) => {
  const response = await api.gql(HELD, { input: { id, expectedVersion } });
  expect(response.errors).toBeUndefined();
};

const register = async (id: string, expectedVersion: number, name = 'Erika Muster') => {
  const response = await api.gql<{
    registerParticipant: { participant: { subjectId: string } | null };
  }>(REGISTER, {
    input: {
      id,
      expectedVersion,
      sector: 'SCIENCE',
      name,
      email: 'erika@example.org',
      organisation: 'TU Dresden',
    },
  });
  expect(response.errors).toBeUndefined();
  const subjectId = response.data?.registerParticipant.participant?.subjectId;
  if (!subjectId) throw new Error('registerParticipant returned no participant');
  return subjectId;
};

const { failing: refused } = graphqlSpec(() => api);

beforeAll(async () => {
  api = await createTestApi();
  const define = `mutation($input: DefineActionFieldInput!) {
    defineActionField(input: $input) { actionField { id } }
  }`;
  const ids: string[] = [];
  for (const key of ['digitalisierung', 'arbeit']) {
    const response = await api.gql<{ defineActionField: { actionField: { id: string } } }>(define, {
      input: { key, title: `Feld ${key}`, description: key },
    });
    ids.push(response.data?.defineActionField.actionField.id ?? '');
  }
  [fieldA = '', fieldB = ''] = ids;
});
afterAll(() => api.close());

describe('planMeeting', () => {
  it('plans a meeting the caller reads back at once', async () => {
    const response = await api.gql(PLAN, { input: workshop() });
    expectWritten(response, 'planMeeting', 'meeting', 1, {
      status: 'planned',
      statusLabel: 'Geplant',
      title: 'Workshop Digitalisierung',
      kind: 'WORKSHOP',
      kindLabel: 'Workshop',
      date: '2017-03-07',
      place: 'Dresden',
      description: 'Auftakt im Handlungsfeld Digitalisierung.',
      summary: null,
      cancellationReason: null,
      participantsBySector: { industry: 0, science: 0, society: 0, administration: 0, total: 0 },
      actionFields: [{ id: fieldA, title: 'Feld digitalisierung' }],
      participants: [],
    });
  });

  it('plans one without description or action fields', async () => {
    const response = await api.gql(
      PLAN,
      { input: { title: 'Gespräch', kind: 'TALK', date: '2017-05-02', place: 'Leipzig' } },
      { language: 'en' },
    );
    expect(response.data?.planMeeting).toMatchObject({
      meeting: { kind: 'TALK', kindLabel: 'Talk', description: null, actionFields: [] },
    });
  });

  it('refuses missing and mistyped fields before anything runs', async () => {
    const { title: _title, ...untitled } = workshop();
    expect((await refused(PLAN, untitled))?.message).toMatch(/title/);
    expect((await refused(PLAN, { ...workshop(), kind: 'PARTY' }))?.message).toMatch(/PARTY/);
    expect((await refused(PLAN, { ...workshop(), place: 42 }))?.message).toMatch(/place/);
  });

  it('refuses an oversized title and a bad date with BAD_USER_INPUT naming the field', async () => {
    expect(
      (await refused(PLAN, { ...workshop(), title: 'x'.repeat(201) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    for (const date of ['7.3.2017', '2017-02-30', '2017-03-07T09:30:00+01:00', '0000-01-01']) {
      const error = await refused(PLAN, { ...workshop(), date });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      expect(error?.message).toContain(date);
    }
  });

  it('refuses an unknown action field with NOT_FOUND and an id of another type', async () => {
    const unknown = globalId('ActionField', 'nope');
    expect(
      (await refused(PLAN, { ...workshop(), actionFieldIds: [unknown] }))?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'actionFieldIds.0' });
    const wrong = globalId('Meeting', 'x');
    expect((await refused(PLAN, { ...workshop(), actionFieldIds: [wrong] }))?.message).toMatch(
      /ActionField/,
    );
  });

  it('refuses the ministry and partners with FORBIDDEN', async () => {
    for (const role of ['ministry', 'partner'] as const) {
      expect((await refused(PLAN, workshop(), role))?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('reviseMeeting', () => {
  it('changes only what is given, swaps action fields, and refuses a stale version', async () => {
    const id = await plan();
    const response = await api.gql(REVISE, {
      input: {
        id,
        expectedVersion: 1,
        title: 'Workshop Digitalisierung im Mittelstand',
        kind: 'CONFERENCE',
        description: '',
        actionFieldIds: [fieldB],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.reviseMeeting).toMatchObject({
      version: 2,
      meeting: {
        title: 'Workshop Digitalisierung im Mittelstand',
        kind: 'CONFERENCE',
        place: 'Dresden',
        description: null,
        actionFields: [{ id: fieldB }],
      },
    });
    const stale = await refused(REVISE, { id, expectedVersion: 1, place: 'Chemnitz' });
    expect(stale?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2, expectedVersion: 1 },
    });
  });

  it('keeps counts and summary for held meetings', async () => {
    const id = await plan();
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, summary: 'Zu früh' }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    await hold(id, 1);
    const response = await api.gql(REVISE, {
      input: {
        id,
        expectedVersion: 2,
        participantsBySector: { society: 4 },
        summary: 'Ergebnisse nachgetragen',
      },
    });
    expect(response.data?.reviseMeeting).toMatchObject({
      version: 3,
      meeting: {
        summary: 'Ergebnisse nachgetragen',
        participantsBySector: { industry: 0, society: 4, total: 4 },
      },
    });
  });

  it('refuses an unknown id, a change that changes nothing, and partners', async () => {
    const unknown = globalId('Meeting', 'nope');
    expect(
      (await refused(REVISE, { id: unknown, expectedVersion: 0, title: 'x' }))?.extensions?.code,
    ).toBe('NOT_FOUND');
    const id = await plan();
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, place: 'Dresden' }))?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, place: 'Görlitz' }, 'partner'))?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await refused(REVISE, { expectedVersion: 1, place: 'x' }))?.message).toMatch(/id/);
  });
});

describe('recordMeetingHeld', () => {
  it('records head counts and a summary with the real date, once', async () => {
    const id = await plan();
    const response = await api.gql(HELD, {
      input: {
        id,
        expectedVersion: 1,
        occurredAt: '2017-03-07T16:00:00Z',
        participantsBySector: { industry: 40, science: 20, administration: 8 },
        summary: 'Viele Ideen zur Vernetzung.',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordMeetingHeld).toMatchObject({
      version: 2,
      meeting: {
        status: 'held',
        statusLabel: 'Durchgeführt',
        summary: 'Viele Ideen zur Vernetzung.',
        participantsBySector: { industry: 40, science: 20, society: 0, administration: 8 },
      },
    });
    const again = await refused(HELD, { id, expectedVersion: 2 });
    expect(again?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await refused(HELD, { id, expectedVersion: 1 }))?.extensions?.code).toMatch(
      /CONFLICT|INVALID_TRANSITION/,
    );
  });

  it('refuses a string for a count, a negative count, a stale version and the ministry', async () => {
    const id = await plan();
    const mistyped = await refused(HELD, {
      id,
      expectedVersion: 1,
      participantsBySector: { industry: 'viele' },
    });
    expect(mistyped?.message).toMatch(/Int/);
    expect(
      (await refused(HELD, { id, expectedVersion: 1, participantsBySector: { industry: -1 } }))
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantsBySector.industry' });
    expect(
      (await refused(HELD, { id, expectedVersion: 0, summary: 'x' }))?.extensions,
    ).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 1 } });
    expect((await refused(HELD, { id, expectedVersion: 1 }, 'ministry'))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await refused(HELD, { id: globalId('Meeting', 'nope'), expectedVersion: 0 }))?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await refused(HELD, { id, expectedVersion: 1, summary: 'x'.repeat(20_001) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
  });
});

describe('cancelMeeting', () => {
  it('cancels a planned meeting with a reason, and not a held one', async () => {
    const id = await plan();
    expect((await refused(CANCEL, { id, expectedVersion: 1 }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await refused(CANCEL, { id, expectedVersion: 1, reason: 'x' }, 'partner'))?.extensions?.code,
    ).toBe('FORBIDDEN');
    const response = await api.gql(CANCEL, {
      input: { id, expectedVersion: 1, reason: 'Zu wenige Anmeldungen' },
    });
    expect(response.data?.cancelMeeting).toEqual({
      version: 2,
      meeting: { status: 'cancelled', cancellationReason: 'Zu wenige Anmeldungen' },
    });
    expect(
      (await refused(CANCEL, { id, expectedVersion: 1, reason: 'x' }))?.extensions?.code,
    ).toMatch(/CONFLICT|INVALID_TRANSITION/);
    const held = await plan();
    await hold(held, 1);
    expect(
      (await refused(CANCEL, { id: held, expectedVersion: 2, reason: 'x' }))?.extensions?.code,
    ).toBe('INVALID_TRANSITION');
    expect(
      (await refused(CANCEL, { id: globalId('Meeting', 'nope'), expectedVersion: 0, reason: 'x' }))
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('registerParticipant', () => {
  it('registers a participant whose details only the team, ministry and admins see', async () => {
    const id = await plan();
    const before = await api.counts();
    const response = await api.gql(REGISTER, {
      input: {
        id,
        expectedVersion: 1,
        sector: 'SCIENCE',
        name: 'Erika Muster',
        email: 'erika@example.org',
        organisation: 'TU Dresden',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerParticipant).toMatchObject({
      version: 2,
      replayed: false,
      participant: {
        sector: 'SCIENCE',
        name: 'Erika Muster',
        email: 'erika@example.org',
        organisation: 'TU Dresden',
        erased: false,
      },
    });
    expect(await api.counts()).toMatchObject({ personal: (before.personal ?? 0) + 1 });

    const asMinistry = await api.gql(PARTICIPANTS, { id }, { as: 'ministry' });
    expect(asMinistry.data).toMatchObject({ node: { participants: [{ name: 'Erika Muster' }] } });
    for (const as of ['partner', 'anonymous'] as const) {
      const hidden = await api.gql(PARTICIPANTS, { id }, { as });
      expect(hidden.data).toMatchObject({
        node: {
          participants: [
            { sector: 'SCIENCE', name: null, email: null, organisation: null, erased: false },
          ],
        },
      });
    }
  });

  it('shows an erased participant as erased, to everyone', async () => {
    const id = await plan();
    const subjectId = await register(id, 1);
    await api.database.rows(sql`
      UPDATE personal_data SET data = NULL, erased_at = now()
      WHERE subject_id = ${subjectId} RETURNING subject_id`);
    const response = await api.gql(PARTICIPANTS, { id });
    expect(response.data).toEqual({
      node: {
        participants: [
          {
            subjectId,
            sector: 'SCIENCE',
            name: null,
            email: null,
            organisation: null,
            erased: true,
          },
        ],
      },
    });
  });

  it('refuses bad input, cancelled meetings, stale versions and partners', async () => {
    const id = await plan();
    const valid = { id, expectedVersion: 1, sector: 'INDUSTRY', name: 'Max Muster' };
    expect((await refused(REGISTER, { ...valid, name: undefined }))?.message).toMatch(/name/);
    expect((await refused(REGISTER, { ...valid, sector: 'PRESS' }))?.message).toMatch(/PRESS/);
    expect((await refused(REGISTER, { ...valid, email: 'kein-mail' }))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect(
      (await refused(REGISTER, { ...valid, name: 'x'.repeat(201) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await refused(REGISTER, { ...valid, expectedVersion: 3 }))?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 1 },
    });
    expect((await refused(REGISTER, valid, 'partner'))?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await refused(REGISTER, { ...valid, id: globalId('Meeting', 'nope'), expectedVersion: 0 }))
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    await api.gql(CANCEL, { input: { id, expectedVersion: 1, reason: 'Ausgefallen' } });
    expect((await refused(REGISTER, { ...valid, expectedVersion: 2 }))?.extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('removeParticipant', () => {
  it('removes a registered participant with a reason', async () => {
    const id = await plan();
    const subjectId = await register(id, 1);
    const other = await register(id, 2, 'Max Muster');
    expect((await refused(REMOVE, { id, expectedVersion: 3, subjectId }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const response = await api.gql(REMOVE, {
      input: { id, expectedVersion: 3, subjectId, reason: 'Abgemeldet' },
    });
    expect(response.data?.removeParticipant).toEqual({
      version: 4,
      meeting: { participants: [{ subjectId: other }] },
    });
  });

  it('refuses an unknown participant, a stale version and partners', async () => {
    const id = await plan();
    const subjectId = await register(id, 1);
    const valid = { id, expectedVersion: 2, subjectId, reason: 'Abgemeldet' };
    expect((await refused(REMOVE, { ...valid, subjectId: 'nobody' }))?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'subjectId',
    });
    expect((await refused(REMOVE, { ...valid, expectedVersion: 1 }))?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2 },
    });
    expect((await refused(REMOVE, valid, 'partner'))?.extensions?.code).toBe('FORBIDDEN');
    expect((await refused(REMOVE, { ...valid, subjectId: undefined }))?.message).toMatch(
      /subjectId/,
    );
  });
});

describe('reading meetings', () => {
  let conference: string;
  beforeAll(async () => {
    conference = await plan({
      title: 'Zukunftskonferenz Arbeit',
      kind: 'CONFERENCE',
      place: 'Chemnitz',
      actionFieldIds: [fieldB],
      occurredAt: '2017-01-10T09:00:00Z',
    });
    await api.gql(REVISE, {
      input: {
        id: conference,
        expectedVersion: 1,
        title: 'Zukunftskonferenz Arbeit 4.0',
        occurredAt: '2017-02-20T09:00:00Z',
      },
    });
    const capture = `mutation($input: CaptureSuggestionInput!) {
      captureSuggestion(input: $input) { suggestion { id } }
    }`;
    for (const text of ['Weiterbildung fördern', 'Mehr Austausch']) {
      const captured = await api.gql(capture, {
        input: { text, sector: 'SOCIETY', channel: 'MEETING', meetingId: conference },
      });
      expect(captured.errors).toBeUndefined();
    }
  });

  it('lists meetings filtered by kind, status, action field and search', async () => {
    const query = `query($kind: MeetingKind, $status: [String!], $field: ID, $search: String) {
      meetings(first: 50, kind: $kind, status: $status, actionField: $field, search: $search) {
        edges { node { id kind status } }
      }
    }`;
    type Page = { meetings: { edges: { node: { id: string; kind: string; status: string } }[] } };
    const byKind = await api.gql<Page>(query, { kind: 'CONFERENCE' });
    const kinds = byKind.data?.meetings.edges.map((edge) => edge.node.kind);
    expect(kinds?.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['CONFERENCE']));
    const byField = await api.gql<Page>(query, { field: fieldB, status: ['planned'] });
    expect(byField.data?.meetings.edges.map((edge) => edge.node.id)).toContain(conference);
    const bySearch = await api.gql<Page>(query, { search: 'Zukunftskonferenz' });
    expect(bySearch.data?.meetings.edges.map((edge) => edge.node.id)).toEqual([conference]);
  });

  it('reads a meeting by node id with the suggestions raised there', async () => {
    const response = await api.gql(
      `query($id: ID!) {
        node(id: $id) {
          id
          ... on Meeting {
            title
            suggestions(first: 10) { edges { node { text meeting { id } } } }
            closed: suggestions(first: 10, status: ["declined"]) { edges { node { id } } }
          }
        }
      }`,
      { id: conference },
    );
    expect(response.data).toEqual({
      node: {
        id: conference,
        title: 'Zukunftskonferenz Arbeit 4.0',
        suggestions: {
          edges: [
            { node: { text: 'Mehr Austausch', meeting: { id: conference } } },
            { node: { text: 'Weiterbildung fördern', meeting: { id: conference } } },
          ],
        },
        closed: { edges: [] },
      },
    });
  });

  it('tells its history and travels in time', async () => {
    const response = await api.gql(
      `query($id: ID!) {
        node(id: $id) {
          ... on Meeting { history { version type changes { field before after } } }
        }
        earlier: node(id: $id, asOf: "2017-02-01T00:00:00Z", asOfBasis: OCCURRED) {
          ... on Meeting { title version suggestions(first: 10) { edges { node { id } } } }
        }
        before: node(id: $id, asOf: "2016-01-01T00:00:00Z", asOfBasis: OCCURRED) { id }
      }`,
      { id: conference },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      node: {
        history: [
          { version: 1, type: 'MeetingPlanned' },
          {
            version: 2,
            type: 'MeetingRevised',
            changes: [
              {
                field: 'title',
                before: 'Zukunftskonferenz Arbeit',
                after: 'Zukunftskonferenz Arbeit 4.0',
              },
            ],
          },
        ],
      },
      // The suggestions were captured "now": at the 2017 moment they did not exist yet.
      earlier: { title: 'Zukunftskonferenz Arbeit', version: 1, suggestions: { edges: [] } },
      before: null,
    });
  });
});
