import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_IDS, type Role } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../database/migrate.js';
import { gid, graphqlSpec, momentBetween, required } from '../../testing/graphql-spec.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';
import { isPublic } from '../../visibility/rules.js';

let api: TestApi;
const { draftRecommendation, prioritise } = graphqlSpec(() => api);
const ARBEIT = gid('ActionField', DEMO_IDS.actionFields.arbeit);

interface Hit {
  __typename: string;
  title: string;
  status: string;
}
interface Page {
  search: { edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean } };
}

const SEARCH = `query Search($query: String!, $first: Int, $after: String, $kinds: [ItemKind!],
    $asOf: DateTime) {
  search(query: $query, first: $first, after: $after, kinds: $kinds, asOf: $asOf) {
    edges { cursor node { __typename title status } }
    pageInfo { hasNextPage }
  }
}`;

const search = async (
  query: string,
  options: { as?: Role | 'anonymous'; kinds?: string[]; asOf?: string; first?: number } = {},
) => {
  const { as, ...variables } = options;
  const response = await api.gql<Page>(SEARCH, { query, first: 100, ...variables }, { as });
  expect(response.errors).toBeUndefined();
  return required(response.data, 'search').search.edges.map((edge) => edge.node);
};
const titles = async (query: string, options: Parameters<typeof search>[1] = {}) =>
  (await search(query, options)).map((hit) => hit.title);

const draft = (title: string, body = `Text zu ${title}.`) =>
  draftRecommendation({ title, body, actionFieldIds: [ARBEIT] });

/** Drafted, reviewed and prioritised: public from then on. */
const prioritised = async (title: string) => prioritise(await draft(title), 'LOW');

let beforeLater = '';

beforeAll(async () => {
  api = await createDemoApi();
  // "KI" occurs only inside longer words and as a word of its own; decoys start or hold "ki".
  await draft('KI-Anwendungen in der Produktion erproben');
  await draft('Lotsen für kleine Betriebe', 'Künstliche Intelligenz (KI) praxisnah einführen.');
  await draft('Kinderbetreuung in Industriebetrieben');
  await draft('Skills für die Fertigung');
  await prioritised('KI-Lotsen für Handwerksbetriebe');
  await draft('Fachkräftequalifizierung im Handwerk');
  beforeLater = await momentBetween();
  await draft('Weiterbildungsangebote für Beschäftigte in der Logistik');
}, 120_000);
afterAll(() => api.close());

describe('search across all kinds', () => {
  it('finds “Weiterbildung” inside “Weiterbildungsverbünde für digitale Kompetenzen”', async () => {
    const hits = await search('Weiterbildung');
    expect(hits).toContainEqual(
      expect.objectContaining({
        __typename: 'Recommendation',
        title: 'Weiterbildungsverbünde für digitale Kompetenzen',
      }),
    );
    // Other kinds are found too: the demo's meetings and suggestions speak of it.
    expect(new Set(hits.map((hit) => hit.__typename)).size).toBeGreaterThan(1);
    // Hits in the title, compounds included, come before hits in the text only.
    const inTitle = hits.map((hit) => hit.title.toLowerCase().includes('weiterbildung'));
    expect(inTitle.indexOf(false)).toBeGreaterThan(0);
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
  });

  it.each([
    ['Qualifizierung', 'Fachkräftequalifizierung im Handwerk'],
    ['Kreativ', 'Kreativwirtschaft'],
    ['Mittelstand', 'mittelständ'],
    ['Weiterbildung', 'Weiterbildungsangebote'],
  ])('finds “%s” where it occurs only inside a longer word', async (query, inside) => {
    const found = await titles(query);
    expect(found.length).toBeGreaterThan(0);
    // At least one hit holds the word only as part of a compound, not as a word of its own.
    const whole = new RegExp(`(^|[^\\p{L}])${query}([^\\p{L}]|$)`, 'iu');
    expect(
      found.some(
        (title) => title.toLowerCase().includes(inside.toLowerCase()) && !whole.test(title),
      ),
    ).toBe(true);
  });

  it('finds “KI” as a word and in “KI-Anwendungen”, whole words first, never inside a word', async () => {
    const found = await titles('KI');
    expect(found.slice(0, 3).sort()).toEqual([
      'KI-Anwendungen in der Produktion erproben',
      'KI-Lotsen für Handwerksbetriebe',
      'Lotsen für kleine Betriebe',
    ]);
    // A word that merely starts with “ki” comes after every whole-word hit; one holding it
    // inside (“Skills”) is no hit.
    expect(found.indexOf('Kinderbetreuung in Industriebetrieben')).toBeGreaterThan(2);
    expect(found).not.toContain('Skills für die Fertigung');
  });

  it('ignores case and umlaut spelling', async () => {
    const expected = 'Weiterbildungsverbünde für digitale Kompetenzen';
    expect(await titles('WEITERBILDUNGSVERBÜNDE')).toContain(expected);
    expect(await titles('weiterbildungsverbuende')).toContain(expected);
    expect(await titles('Fachkraeftequalifizierung')).toEqual([
      'Fachkräftequalifizierung im Handwerk',
    ]);
  });

  it('needs every word, and still finds German word forms', async () => {
    expect(await titles('Weiterbildung Logistik')).toEqual([
      'Weiterbildungsangebote für Beschäftigte in der Logistik',
    ]);
    expect(await titles('Quantencomputer')).toEqual([]);
    // "Anwendung" is in "KI-Anwendungen"; "Produktionen" finds "Produktion" by its word stem.
    expect(await titles('KI Produktionen')).toEqual(['KI-Anwendungen in der Produktion erproben']);
  });

  it('keeps to the kinds asked for', async () => {
    const hits = await search('Kreativ', { kinds: ['MEETING', 'SUGGESTION'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => ['Meeting', 'Suggestion'].includes(hit.__typename))).toBe(true);
  });

  it('pages by cursor without repeating an item', async () => {
    const all = await titles('Weiterbildung');
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const response = await api.gql<Page>(SEARCH, { query: 'Weiterbildung', first: 2, after });
      const page = required(response.data, 'page').search;
      seen.push(...page.edges.map((edge) => edge.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.edges.at(-1)?.cursor;
    }
    expect(seen).toEqual(all);
  });
});

describe('search respects visibility and time', () => {
  it.each(['partner', 'anonymous'] as const)('finds no drafts for a %s caller', async (as) => {
    const found = await titles('KI', { as });
    expect(found).toEqual(['KI-Lotsen für Handwerksbetriebe']);
    const everything = await search('Weiterbildung');
    const published = await search('Weiterbildung', { as });
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(everything.length);
    expect(published.every((hit) => isPublic(hit.__typename, hit.status))).toBe(true);
    expect(published).toEqual(everything.filter((hit) => isPublic(hit.__typename, hit.status)));
  });

  it('gives partners no personal data through a hit', async () => {
    const PEOPLE = `query($query: String!) {
      search(query: $query, kinds: [SUGGESTION]) {
        edges { node { ... on Suggestion { title submitter { name email } } } }
      }
    }`;
    type People = {
      search: { edges: { node: { submitter: { name: string | null } | null } }[] };
    };
    const names = async (as: Role) =>
      (
        await api.gql<People>(PEOPLE, { query: 'Kreativwirtschaft zusammenbringen' }, { as })
      ).data?.search.edges.map((edge) => edge.node.submitter?.name ?? null);
    const known = await names('team');
    expect(known?.length).toBeGreaterThan(0);
    expect(known?.some((name) => name !== null)).toBe(true);
    const hidden = await names('partner');
    expect(hidden?.length).toBe(known?.length);
    expect(hidden?.every((name) => name === null)).toBe(true);
  });

  it('leaves out items recorded after asOf', async () => {
    expect(await titles('Weiterbildungsangebote')).toEqual([
      'Weiterbildungsangebote für Beschäftigte in der Logistik',
    ]);
    expect(await titles('Weiterbildungsangebote', { asOf: beforeLater })).toEqual([]);
    expect(await titles('Weiterbildungsverbünde', { asOf: beforeLater })).toContain(
      'Weiterbildungsverbünde für digitale Kompetenzen',
    );
  });

  it('travels by occurrence time too', async () => {
    const SEARCH_OCCURRED = `query($asOf: DateTime) {
      search(query: "Weiterbildungsverbünde", kinds: [RECOMMENDATION], asOf: $asOf,
        asOfBasis: OCCURRED) { edges { node { title } } }
    }`;
    const at = async (asOf: string) =>
      (
        await api.gql<{ search: { edges: { node: { title: string } }[] } }>(SEARCH_OCCURRED, {
          asOf,
        })
      ).data?.search.edges.map((edge) => edge.node.title);
    // The demo drafted it on 10 July 2017.
    expect(await at('2017-07-01T00:00:00Z')).toEqual([]);
    expect(await at('2017-08-01T00:00:00Z')).toEqual([
      'Weiterbildungsverbünde für digitale Kompetenzen',
    ]);
  });
});

describe('the lists search the same way', () => {
  it('finds word parts in every list', async () => {
    const list = await api.gql<{ recommendations: { edges: { node: { title: string } }[] } }>(
      '{ recommendations(first: 100, search: "weiterbildung") { edges { node { title } } } }',
    );
    expect(list.data?.recommendations.edges.map((edge) => edge.node.title)).toContain(
      'Weiterbildungsverbünde für digitale Kompetenzen',
    );
    const meetings = await api.gql<{ meetings: { edges: { node: { title: string } }[] } }>(
      '{ meetings(first: 100, search: "Mittelstand") { edges { node { title } } } }',
    );
    expect(meetings.data?.meetings.edges.map((edge) => edge.node.title)).toContain(
      'Werkstatt Digitalisierung im industriellen Mittelstand',
    );
  });

  it('refuses a search that is too long in a list', async () => {
    const response = await api.gql(
      'query($s: String) { suggestions(search: $s) { edges { node { id } } } }',
      { s: 'x'.repeat(1000) },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
  });
});

describe('the migration search_trigram', () => {
  it('fills rows written before it exactly as the projection does', async () => {
    const file = readFileSync(join(MIGRATIONS_FOLDER, '0003_search_trigram.sql'), 'utf8');
    const backfill = required(
      file.split('--> statement-breakpoint').find((statement) => statement.includes('UPDATE')),
      'the backfill',
    );
    const texts = sql`SELECT kind, id, version, search_text FROM item_versions
      ORDER BY kind, id, version`;
    const projected = await api.database.rows(texts);
    await api.database.rows(sql`UPDATE item_versions SET search_text = ''`);
    await api.database.rows(sql.raw(backfill));
    expect(await api.database.rows(texts)).toEqual(projected);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty query', { query: '' }, 'query'],
    ['a query of spaces', { query: '   ' }, 'query'],
    ['a 1000-character query', { query: 'Weiterbildung'.repeat(77) }, 'query'],
    ['a query without words', { query: '-- „“ !' }, 'query'],
    ['a page too large', { query: 'KI', first: 101 }, 'first'],
    ['a page of none', { query: 'KI', first: 0 }, 'first'],
    ['a malformed cursor', { query: 'KI', after: 'kein-cursor' }, 'after'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, variables, field) => {
    const response = await api.gql(SEARCH, variables);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers in English when asked', async () => {
    const response = await api.gql(SEARCH, { query: '' }, { language: 'en' });
    expect(response.errors?.[0]?.message).toBe('The search term is empty.');
  });

  it('treats control characters as word breaks, never as an internal error', async () => {
    expect(await titles('Weiterbildungs\u0007verbünde\u001f')).toContain(
      'Weiterbildungsverbünde für digitale Kompetenzen',
    );
  });

  it('refuses a NUL or a lone surrogate at the edge, as for every argument', async () => {
    for (const query of ['Weiterbildungs\u0000verbünde', 'Weiterbildung\ud800']) {
      const response = await api.gql(SEARCH, { query });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'query',
      });
    }
  });
});
