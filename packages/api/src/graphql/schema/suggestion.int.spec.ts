import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectWritten,
  gid as globalId,
  graphqlSpec,
  mutationText,
} from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;
let field: string;
let meeting: string;

const rawId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1] ?? '';

const SUGGESTION_FIELDS = `id version status statusLabel title ownTitle text sector sectorLabel
  channel channelLabel declineReason
  meeting { id title }
  actionFields { id }
  takenUpBy { __typename id title }
  submitter { subjectId name email organisation erased }`;

const CAPTURE = mutationText(
  'captureSuggestion',
  `version replayed suggestion { ${SUGGESTION_FIELDS} }`,
);
const REVISE = mutationText('reviseSuggestion', `version suggestion { ${SUGGESTION_FIELDS} }`);
const DECLINE = mutationText('declineSuggestion', `version suggestion { status declineReason }`);
const REOPEN = mutationText('reopenSuggestion', `version suggestion { status declineReason }`);
const READ = `query Read($id: ID!) { node(id: $id) { ... on Suggestion { ${SUGGESTION_FIELDS} } } }`;

const byMail = () => ({
  text: 'Ein Förderprogramm für digitale Lotsen in kleinen Betrieben auflegen.',
  sector: 'INDUSTRY',
  channel: 'MAIL',
  occurredAt: '2017-04-01T10:00:00Z',
});

const capture = async (overrides: Record<string, unknown> = {}) => {
  const response = await api.gql<{ captureSuggestion: { suggestion: { id: string } } }>(CAPTURE, {
    input: { ...byMail(), ...overrides },
  });
  expect(response.errors).toBeUndefined();
  const id = response.data?.captureSuggestion.suggestion.id;
  if (!id) throw new Error('captureSuggestion returned no suggestion');
  return id;
};

const { failing: refused, defineActionField } = graphqlSpec(() => api);

beforeAll(async () => {
  api = await createTestApi();
  field = await defineActionField('digitalisierung', 'Digitalisierung');
  const planned = await api.gql<{ planMeeting: { meeting: { id: string } } }>(
    `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { meeting { id } } }`,
    {
      input: {
        title: 'Workshop Digitalisierung',
        kind: 'WORKSHOP',
        date: '2017-03-07',
        place: 'Dresden',
        occurredAt: '2017-01-10T09:00:00Z',
      },
    },
  );
  meeting = planned.data?.planMeeting.meeting.id ?? '';
});
afterAll(() => api.close());

describe('captureSuggestion', () => {
  it('captures a suggestion from a meeting with its submitter', async () => {
    const before = await api.counts();
    const response = await api.gql(CAPTURE, {
      input: {
        text: 'Mehr Kooperation zwischen Hochschulen und Mittelstand.',
        title: 'Kooperation Hochschule–Mittelstand',
        sector: 'SCIENCE',
        channel: 'MEETING',
        meetingId: meeting,
        actionFieldIds: [field],
        submitter: { name: 'Erika Muster', email: 'erika@example.org', organisation: 'TU' },
      },
    });
    expectWritten(response, 'captureSuggestion', 'suggestion', 1, {
      status: 'captured',
      statusLabel: 'Erfasst',
      title: 'Kooperation Hochschule–Mittelstand',
      ownTitle: 'Kooperation Hochschule–Mittelstand',
      text: 'Mehr Kooperation zwischen Hochschulen und Mittelstand.',
      sector: 'SCIENCE',
      sectorLabel: 'Wissenschaft',
      channel: 'MEETING',
      channelLabel: 'Veranstaltung',
      declineReason: null,
      meeting: { id: meeting, title: 'Workshop Digitalisierung' },
      actionFields: [{ id: field }],
      takenUpBy: [],
      submitter: {
        name: 'Erika Muster',
        email: 'erika@example.org',
        organisation: 'TU',
        erased: false,
      },
    });
    expect(await api.counts()).toMatchObject({
      events: (before.events ?? 0) + 1,
      personal: (before.personal ?? 0) + 1,
    });
  });

  it('captures one by mail without title or submitter; the text stands in as title', async () => {
    const id = await capture();
    const response = await api.gql(READ, { id }, { language: 'en' });
    expect(response.data?.node).toMatchObject({
      title: byMail().text,
      ownTitle: null,
      channel: 'MAIL',
      channelLabel: 'Mail',
      sectorLabel: 'Industry',
      meeting: null,
      actionFields: [],
      submitter: null,
    });
  });

  it('hides a suggestion from partners until it is taken up, and its submitter always', async () => {
    const id = await capture({ submitter: { name: 'Max Muster' } });
    const team = await api.gql(READ, { id });
    expect(team.data?.node).toMatchObject({ submitter: { name: 'Max Muster', email: null } });
    expect((await api.gql(READ, { id }, { as: 'partner' })).data?.node).toBeNull();
    await api.execute({
      type: 'ProposeProjectIdea',
      data: {
        projectIdeaId: 'idea-visibility',
        title: 'Lotsen für Handwerksbetriebe',
        body: 'Aufgegriffen aus einem Vorschlag per E-Mail.',
        originatesFrom: [{ kind: 'Suggestion', id: rawId(id) }],
      },
      metadata: {
        actor: 'team-test',
        role: 'team',
        now: new Date().toISOString(),
        timeZone: 'Europe/Berlin',
      },
    });
    const partner = await api.gql(READ, { id }, { as: 'partner' });
    expect(partner.data?.node).toMatchObject({
      status: 'taken_up',
      submitter: { name: null, email: null, organisation: null, erased: false },
    });
  });

  it('refuses missing and mistyped fields before anything runs', async () => {
    const { text: _text, ...textless } = byMail();
    expect((await refused(CAPTURE, textless))?.message).toMatch(/text/);
    expect((await refused(CAPTURE, { ...byMail(), sector: 'PRESS' }))?.message).toMatch(/PRESS/);
    expect((await refused(CAPTURE, { ...byMail(), text: 42 }))?.message).toMatch(/String/);
    expect((await refused(CAPTURE, { ...byMail(), submitter: {} }))?.message).toMatch(/name/);
  });

  it('refuses a meeting that does not fit the channel with BAD_USER_INPUT on meetingId', async () => {
    expect((await refused(CAPTURE, { ...byMail(), channel: 'MEETING' }))?.extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'meetingId' },
    );
    expect((await refused(CAPTURE, { ...byMail(), meetingId: meeting }))?.extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'meetingId' },
    );
  });

  it('refuses oversized and invalid texts with BAD_USER_INPUT naming the field', async () => {
    expect(
      (await refused(CAPTURE, { ...byMail(), title: 'x'.repeat(201) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(
      (await refused(CAPTURE, { ...byMail(), text: 'x'.repeat(20_001) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(
      (await refused(CAPTURE, { ...byMail(), submitter: { name: 'Max', email: 'kein-mail' } }))
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'submitter.email' });
  });

  it('refuses an unknown meeting or action field with NOT_FOUND, and non-team roles', async () => {
    const unknownMeeting = globalId('Meeting', 'nope');
    expect(
      (await refused(CAPTURE, { ...byMail(), channel: 'MEETING', meetingId: unknownMeeting }))
        ?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'meetingId' });
    expect(
      (await refused(CAPTURE, { ...byMail(), actionFieldIds: [globalId('ActionField', 'x')] }))
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await refused(CAPTURE, { ...byMail(), channel: 'MEETING', meetingId: field }))?.message,
    ).toMatch(/Meeting/);
    for (const role of ['ministry', 'partner', 'admin'] as const) {
      expect((await refused(CAPTURE, byMail(), role))?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('reviseSuggestion', () => {
  it('changes only what is given; a blank title clears it', async () => {
    const id = await capture({ title: 'Lotsen' });
    const response = await api.gql(REVISE, {
      input: { id, expectedVersion: 1, title: '', sector: 'SOCIETY', actionFieldIds: [field] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.reviseSuggestion).toMatchObject({
      version: 2,
      suggestion: {
        ownTitle: null,
        title: byMail().text,
        text: byMail().text,
        sector: 'SOCIETY',
        actionFields: [{ id: field }],
      },
    });
  });

  it('refuses a stale version, an unknown id, no change, oversized text and partners', async () => {
    const id = await capture();
    await api.gql(REVISE, { input: { id, expectedVersion: 1, text: 'Neu formuliert' } });
    const valid = { id, expectedVersion: 2, text: 'Noch einmal neu' };
    expect((await refused(REVISE, { ...valid, expectedVersion: 1 }))?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2, expectedVersion: 1 },
    });
    expect(
      (await refused(REVISE, { ...valid, id: globalId('Suggestion', 'nope'), expectedVersion: 0 }))
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await refused(REVISE, { ...valid, text: 'Neu formuliert' }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await refused(REVISE, { ...valid, text: 'x'.repeat(20_001) }))?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await refused(REVISE, { ...valid, expectedVersion: 'zwei' }))?.message).toMatch(/Int/);
    expect((await refused(REVISE, valid, 'partner'))?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('declineSuggestion and reopenSuggestion', () => {
  it('declines with a reason, reopens with a reason, and refuses what does not fit', async () => {
    const id = await capture();
    expect((await refused(DECLINE, { id, expectedVersion: 1 }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await refused(REOPEN, { id, expectedVersion: 1, reason: 'x' }))?.extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await refused(DECLINE, { id, expectedVersion: 1, reason: 'x' }, 'ministry'))?.extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const declined = await api.gql(DECLINE, {
      input: { id, expectedVersion: 1, reason: 'Außerhalb des Auftrags' },
    });
    expect(declined.data?.declineSuggestion).toEqual({
      version: 2,
      suggestion: { status: 'declined', declineReason: 'Außerhalb des Auftrags' },
    });
    expect(
      (await refused(DECLINE, { id, expectedVersion: 2, reason: 'x' }))?.extensions?.code,
    ).toBe('INVALID_TRANSITION');
    expect(
      (await refused(REOPEN, { id, expectedVersion: 1, reason: 'x' }))?.extensions,
    ).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    expect((await refused(REOPEN, { id, expectedVersion: 2 }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await refused(REOPEN, { id, expectedVersion: 2, reason: 'x' }, 'partner'))?.extensions?.code,
    ).toBe('FORBIDDEN');

    const reopened = await api.gql(REOPEN, {
      input: { id, expectedVersion: 2, reason: 'Doch relevant' },
    });
    expect(reopened.data?.reopenSuggestion).toEqual({
      version: 3,
      suggestion: { status: 'captured', declineReason: null },
    });
  });

  it('refuses unknown ids and ids of another type', async () => {
    const unknown = globalId('Suggestion', 'nope');
    for (const mutation of [DECLINE, REOPEN]) {
      expect(
        (await refused(mutation, { id: unknown, expectedVersion: 0, reason: 'x' }))?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await refused(mutation, { id: meeting, expectedVersion: 1, reason: 'x' }))?.message,
      ).toMatch(/Suggestion/);
    }
  });
});

describe('takenUpBy', () => {
  it('lists the recommendations and project ideas that took it up, in order', async () => {
    const id = await capture();
    const metadata = {
      actor: 'test',
      role: 'team' as const,
      now: new Date().toISOString(),
      timeZone: 'Europe/Berlin',
    };
    await api.execute({
      type: 'ProposeProjectIdea',
      data: {
        projectIdeaId: 'idea-1',
        title: 'Digitallotsen Sachsen',
        body: 'Lotsen für kleine Betriebe.',
        originatesFrom: [{ kind: 'Suggestion', id: rawId(id) }],
      },
      metadata,
    });
    await api.execute({
      type: 'DraftRecommendation',
      data: {
        recommendationId: 'rec-1',
        title: 'Lotsenprogramm auflegen',
        body: 'Ein Förderprogramm für digitale Lotsen.',
        actionFieldIds: [rawId(field)],
        derivedFrom: [rawId(id)],
      },
      metadata,
    });
    const response = await api.gql(READ, { id });
    expect(response.data?.node).toMatchObject({
      status: 'taken_up',
      statusLabel: 'Aufgegriffen',
      takenUpBy: [
        {
          __typename: 'ProjectIdea',
          id: globalId('ProjectIdea', 'idea-1'),
          title: 'Digitallotsen Sachsen',
        },
        {
          __typename: 'Recommendation',
          id: globalId('Recommendation', 'rec-1'),
          title: 'Lotsenprogramm auflegen',
        },
      ],
    });
    expect(
      (await refused(DECLINE, { id, expectedVersion: 3, reason: 'x' }))?.extensions?.code,
    ).toBe('INVALID_TRANSITION');
  });
});

describe('reading suggestions', () => {
  let workshopIdea: string;
  let onlineIdea: string;
  beforeAll(async () => {
    workshopIdea = await capture({
      text: 'Ein Netzwerk für Cross-Innovationen gründen.',
      sector: 'ADMINISTRATION',
      channel: 'MEETING',
      meetingId: meeting,
      actionFieldIds: [field],
      occurredAt: '2017-03-07T12:00:00Z',
    });
    await api.gql(REVISE, {
      input: {
        id: workshopIdea,
        expectedVersion: 1,
        text: 'Ein Netzwerk für Cross-Innovationen in Sachsen gründen.',
        occurredAt: '2017-05-01T12:00:00Z',
      },
    });
    onlineIdea = await capture({
      text: 'Eine Plattform für Kooperationsbörsen schaffen.',
      sector: 'ADMINISTRATION',
      channel: 'ONLINE',
    });
  });

  it('lists suggestions filtered by sector, channel, meeting, status, action field and search', async () => {
    const query = `query($sector: Sector, $channel: SuggestionChannel, $meeting: ID,
        $status: [String!], $field: ID, $search: String) {
      suggestions(first: 100, sector: $sector, channel: $channel, meeting: $meeting,
          status: $status, actionField: $field, search: $search) {
        edges { node { id sector } }
        pageInfo { hasNextPage }
      }
    }`;
    type Page = { suggestions: { edges: { node: { id: string; sector: string } }[] } };
    const ids = async (variables: Record<string, unknown>) => {
      const response = await api.gql<Page>(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data?.suggestions.edges.map((edge) => edge.node.id) ?? [];
    };
    expect(new Set(await ids({ sector: 'ADMINISTRATION' }))).toEqual(
      new Set([workshopIdea, onlineIdea]),
    );
    expect(await ids({ sector: 'ADMINISTRATION', channel: 'ONLINE' })).toEqual([onlineIdea]);
    expect(await ids({ sector: 'ADMINISTRATION', meeting })).toEqual([workshopIdea]);
    expect(await ids({ sector: 'ADMINISTRATION', field })).toEqual([workshopIdea]);
    expect(await ids({ sector: 'ADMINISTRATION', status: ['declined'] })).toEqual([]);
    expect(await ids({ search: 'Kooperationsbörsen' })).toEqual([onlineIdea]);
    const wrong = await api.gql(query, { sector: 'PRESS' });
    expect(wrong.errors?.[0]?.message).toMatch(/PRESS/);
  });

  it('tells its history and travels in time', async () => {
    const response = await api.gql(
      `query($id: ID!) {
        node(id: $id) {
          ... on Suggestion { history { version type changes { field before after } } }
        }
        earlier: node(id: $id, asOf: "2017-04-01T00:00:00Z", asOfBasis: OCCURRED) {
          ... on Suggestion { text version meeting { title } }
        }
        before: node(id: $id, asOf: "2017-01-01T00:00:00Z", asOfBasis: OCCURRED) { id }
      }`,
      { id: workshopIdea },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      node: {
        history: [
          { version: 1, type: 'SuggestionCaptured' },
          {
            version: 2,
            type: 'SuggestionRevised',
            changes: [
              {
                field: 'text',
                before: 'Ein Netzwerk für Cross-Innovationen gründen.',
                after: 'Ein Netzwerk für Cross-Innovationen in Sachsen gründen.',
              },
            ],
          },
        ],
      },
      earlier: {
        text: 'Ein Netzwerk für Cross-Innovationen gründen.',
        version: 1,
        meeting: { title: 'Workshop Digitalisierung' },
      },
      before: null,
    });
  });
});
