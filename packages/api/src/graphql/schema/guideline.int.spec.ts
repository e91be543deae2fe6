import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectWritten,
  gid,
  graphqlSpec,
  momentBetween,
  required,
} from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;

/** What the default selection of `mutate` reads. */
interface Change {
  version: number;
  guideline: { id: string; status: string; version: number };
}

const { mutate, refused, invalid, node, defineActionField, draftRecommendation, revisesTitle } =
  graphqlSpec<Change>(() => api, 'version guideline { id status version }');

/** Reads a guideline; `Node` is the shape `select` reads (null where it did not exist yet). */
const guidelineNode = <Node = unknown>(id: string, select: string, asOf?: string) =>
  node<Node>(id, select, asOf, 'Guideline');

let digital: string;
let arbeit: string;

const draft = async (title: string, extra: Record<string, unknown> = {}) => {
  const response = await mutate('draftGuideline', {
    title,
    body: `Leitgedanke: ${title}.`,
    actionFieldIds: [digital],
    ...extra,
  });
  expect(response.errors).toBeUndefined();
  return required(response.data?.draftGuideline?.guideline.id, 'the drafted guideline');
};

const recommendationIn = (title: string) =>
  draftRecommendation({ title, body: 'Text', actionFieldIds: [digital] });

const assign = (id: string, guidelineId: string) =>
  mutate<{ version: number }>(
    'assignToGuideline',
    { id, expectedVersion: 1, guidelineId },
    'team',
    'version',
  );

beforeAll(async () => {
  api = await createTestApi();
  digital = await defineActionField(
    'digitalisierung',
    'Digitalisierung in der mittelständischen Industrie',
  );
  arbeit = await defineActionField('arbeit', 'Arbeit in der Industrie der Zukunft');
});
afterAll(() => api.close());

describe('draftGuideline', () => {
  it('drafts a guideline, never published yet', async () => {
    const response = await mutate<{
      version: number;
      replayed: boolean;
      guideline: {
        id: string;
        version: number;
        status: string;
        statusLabel: string;
        title: string;
        body: string;
        publishedVersion: number;
        published: { version: number } | null;
        actionFields: { title: string }[];
        recommendations: { id: string }[];
        reason: string | null;
        retiredAt: string | null;
      };
    }>(
      'draftGuideline',
      {
        title: 'Digitale Souveränität',
        body: 'Daten bleiben im Betrieb.',
        actionFieldIds: [digital],
      },
      'team',
      `version replayed guideline {
        id version status statusLabel title body publishedVersion published { version }
        actionFields { title } recommendations { id } reason retiredAt
      }`,
    );
    expectWritten(response, 'draftGuideline', 'guideline', 1, {
      status: 'draft',
      statusLabel: 'Entwurf',
      title: 'Digitale Souveränität',
      body: 'Daten bleiben im Betrieb.',
      publishedVersion: 0,
      published: null,
      actionFields: [{ title: 'Digitalisierung in der mittelständischen Industrie' }],
      recommendations: [],
      reason: null,
      retiredAt: null,
    });
    const id = required(response.data?.draftGuideline?.guideline.id, 'the drafted guideline');
    expect(await guidelineNode(id, 'title version')).toEqual({
      title: 'Digitale Souveränität',
      version: 1,
    });
  });

  it('refuses missing fields, bad input, unknown action fields and other roles', async () => {
    await invalid(() => mutate('draftGuideline', { body: 'ohne Titel' }), /title/);
    await invalid(
      () =>
        mutate('draftGuideline', { title: 'x', body: 'x', actionFieldIds: [gid('Meeting', 'm')] }),
      /ActionField/,
    );
    await refused(
      () => mutate('draftGuideline', { title: 'x', body: 'x'.repeat(20_001) }),
      'BAD_USER_INPUT',
      'body',
    );
    await refused(
      () => mutate('draftGuideline', { title: 'x'.repeat(201), body: 'x' }),
      'BAD_USER_INPUT',
      'title',
    );
    await refused(
      () =>
        mutate('draftGuideline', {
          title: 'x',
          body: 'x',
          actionFieldIds: [gid('ActionField', 'unbekannt')],
        }),
      'NOT_FOUND',
      'actionFieldIds.0',
    );
    await refused(
      () => mutate('draftGuideline', { title: 'x', body: 'x' }, 'ministry'),
      'FORBIDDEN',
    );
    await refused(
      () => mutate('draftGuideline', { title: 'x', body: 'x' }, 'partner'),
      'FORBIDDEN',
    );
  });
});

describe('reviseGuideline', () => {
  it('changes only what is given, with history and time travel', async () => {
    const id = await draft('Alte Fassung Arbeit');
    await revisesTitle(
      'Guideline',
      id,
      {
        title: 'Alte Fassung Arbeit',
        body: 'Leitgedanke: Alte Fassung Arbeit.',
        actionField: 'Digitalisierung in der mittelständischen Industrie',
      },
      {
        title: 'Gute Arbeit in der Industrie',
        actionFieldId: arbeit,
        actionField: 'Arbeit in der Industrie der Zukunft',
      },
    );
  });

  it('refuses stale versions, unknown ids, wrong types and oversized text', async () => {
    const id = await draft('Konfliktlinie');
    await mutate('reviseGuideline', { id, expectedVersion: 1, body: 'Neu' });
    const stale = await refused(
      () => mutate('reviseGuideline', { id, expectedVersion: 1, body: 'Alt' }),
      'CONFLICT',
    );
    expect(stale.errors?.[0]?.extensions?.details).toMatchObject({ currentVersion: 2 });
    await refused(
      () =>
        mutate('reviseGuideline', { id: gid('Guideline', 'nope'), expectedVersion: 1, body: 'x' }),
      'NOT_FOUND',
      'guidelineId',
    );
    await invalid(() => mutate('reviseGuideline', { id, expectedVersion: '2', body: 'x' }), /Int/);
    await refused(
      () => mutate('reviseGuideline', { id, expectedVersion: 2, body: 'x'.repeat(20_001) }),
      'BAD_USER_INPUT',
      'body',
    );
    await refused(
      () => mutate('reviseGuideline', { id, expectedVersion: 2, body: 'x' }, 'ministry'),
      'FORBIDDEN',
    );
  });
});

describe('publishGuideline', () => {
  it('publishes numbered versions; a revision in draft keeps the published text readable', async () => {
    const id = await draft('Kooperation über Branchen');
    const published = await mutate<{
      version: number;
      guideline: {
        status: string;
        statusLabel: string;
        publishedVersion: number;
        published: { version: number; title: string; body: string } | null;
      };
    }>(
      'publishGuideline',
      { id, expectedVersion: 1 },
      'ministry',
      'version guideline { status statusLabel publishedVersion published { version title body } }',
    );
    expect(published.data?.publishGuideline).toEqual({
      version: 2,
      guideline: {
        status: 'published',
        statusLabel: 'Veröffentlicht',
        publishedVersion: 1,
        published: {
          version: 1,
          title: 'Kooperation über Branchen',
          body: 'Leitgedanke: Kooperation über Branchen.',
        },
      },
    });
    await refused(
      () => mutate('publishGuideline', { id, expectedVersion: 2 }),
      'INVALID_TRANSITION',
    );
    const revised = await mutate<{
      guideline: {
        status: string;
        body: string;
        publishedVersion: number;
        published: { version: number; body: string } | null;
      };
    }>(
      'reviseGuideline',
      { id, expectedVersion: 2, body: 'Zweite Fassung.' },
      'team',
      'guideline { status body publishedVersion published { version body } }',
    );
    expect(revised.data?.reviseGuideline?.guideline).toEqual({
      status: 'draft',
      body: 'Zweite Fassung.',
      publishedVersion: 1,
      published: { version: 1, body: 'Leitgedanke: Kooperation über Branchen.' },
    });
    const again = await mutate<{
      version: number;
      guideline: { publishedVersion: number; published: { version: number; body: string } | null };
    }>(
      'publishGuideline',
      { id, expectedVersion: 3 },
      'team',
      'version guideline { publishedVersion published { version body } }',
    );
    expect(again.data?.publishGuideline).toEqual({
      version: 4,
      guideline: { publishedVersion: 2, published: { version: 2, body: 'Zweite Fassung.' } },
    });
  });

  it('refuses partners, stale versions and unknown ids', async () => {
    const id = await draft('Veröffentlichungsprobe');
    await refused(
      () => mutate('publishGuideline', { id, expectedVersion: 1 }, 'partner'),
      'FORBIDDEN',
    );
    await refused(() => mutate('publishGuideline', { id, expectedVersion: 0 }), 'CONFLICT');
    await refused(
      () => mutate('publishGuideline', { id: gid('Guideline', 'nope'), expectedVersion: 1 }),
      'NOT_FOUND',
    );
    await invalid(() => mutate('publishGuideline', { id }), /expectedVersion/);
  });
});

describe('retireGuideline', () => {
  it('retires only with a reason, and then stays retired', async () => {
    const id = await draft('Auslaufende Linie');
    await refused(
      () => mutate('retireGuideline', { id, expectedVersion: 1 }),
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      () => mutate('retireGuideline', { id, expectedVersion: 1, reason: 'x' }, 'partner'),
      'FORBIDDEN',
    );
    const retired = await mutate<{
      version: number;
      guideline: {
        status: string;
        statusLabel: string;
        reason: string | null;
        retiredAt: string | null;
      };
    }>(
      'retireGuideline',
      { id, expectedVersion: 1, reason: 'In neuer Linie aufgegangen.' },
      'ministry',
      'version guideline { status statusLabel reason retiredAt }',
    );
    expect(retired.data?.retireGuideline).toMatchObject({
      version: 2,
      guideline: {
        status: 'retired',
        statusLabel: 'Außer Kraft',
        reason: 'In neuer Linie aufgegangen.',
      },
    });
    expect(retired.data?.retireGuideline?.guideline.retiredAt).toMatch(/^\d{4}-/);
    await refused(
      () => mutate('retireGuideline', { id, expectedVersion: 2, reason: 'x' }),
      'INVALID_TRANSITION',
    );
    await refused(
      () => mutate('reviseGuideline', { id, expectedVersion: 2, body: 'x' }),
      'INVALID_TRANSITION',
    );
  });
});

describe('guidelines and their recommendations', () => {
  it('lists each guideline’s assigned recommendations, by title, as they were at asOf', async () => {
    const one = await draft('Linie Eins Vernetzung');
    const two = await draft('Linie Zwei Vernetzung');
    const b = await recommendationIn('B Netzwerkbüro');
    const a = await recommendationIn('A Netzwerkkarte');
    await assign(b, one);
    const moment = await momentBetween();
    await assign(a, one);
    const c = await recommendationIn('C Netzwerktag');
    await assign(c, two);

    const query = `query L($asOf: DateTime) {
      guidelines(search: "Vernetzung", asOf: $asOf) {
        edges { node { title recommendations { title } } }
      }
    }`;
    type Listed = {
      guidelines: { edges: { node: { title: string; recommendations: { title: string }[] } }[] };
    };
    const now = await api.gql<Listed>(query);
    expect(now.errors).toBeUndefined();
    expect(now.data?.guidelines.edges).toEqual([
      {
        node: {
          title: 'Linie Eins Vernetzung',
          recommendations: [{ title: 'A Netzwerkkarte' }, { title: 'B Netzwerkbüro' }],
        },
      },
      { node: { title: 'Linie Zwei Vernetzung', recommendations: [{ title: 'C Netzwerktag' }] } },
    ]);
    const then = await api.gql<Listed>(query, { asOf: moment });
    expect(then.data?.guidelines.edges).toEqual([
      { node: { title: 'Linie Eins Vernetzung', recommendations: [{ title: 'B Netzwerkbüro' }] } },
      { node: { title: 'Linie Zwei Vernetzung', recommendations: [] } },
    ]);
  });

  it('filters by status, action field and German full text, and pages', async () => {
    await draft('Leitlinien für Innovationspartnerschaften', { actionFieldIds: [arbeit] });
    const titles = async (args: string) => {
      const response = await api.gql<{
        guidelines: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
      }>(`{ guidelines(${args}) { edges { node { title } } pageInfo { hasNextPage } } }`);
      expect(response.errors).toBeUndefined();
      return response.data?.guidelines.edges.map((edge) => edge.node.title);
    };
    expect(await titles('search: "Innovationspartnerschaft"')).toEqual([
      'Leitlinien für Innovationspartnerschaften',
    ]);
    expect(await titles('search: "Leitlinie"')).toContain(
      'Leitlinien für Innovationspartnerschaften',
    );
    const byField = await titles(`actionField: "${arbeit}", first: 100`);
    expect(byField).toContain('Leitlinien für Innovationspartnerschaften');
    expect(byField).not.toContain('Kooperation über Branchen');
    const retired = await titles('status: ["retired"], first: 100');
    expect(retired).toEqual(['Auslaufende Linie']);
    const page = await api.gql<{ guidelines: { pageInfo: { hasNextPage: boolean } } }>(
      '{ guidelines(first: 2) { pageInfo { hasNextPage } } }',
    );
    expect(page.data?.guidelines.pageInfo.hasNextPage).toBe(true);
  });
});
