import type { Role } from '@fahrplan/domain';
import type { ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOfToken } from '../../auth/authenticate.js';
import { createToken } from '../../auth/tokens.js';
import { listen } from '../../testing/listen.js';
import { openSubscription, readSse, type SseReader } from '../../testing/sse.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;
/** Subscriptions run over a real socket: how clients use them, and how hanging up works. */
let server: ServerType;
let url: string;
const open: SseReader[] = [];

const SUBSCRIBE = `subscription Live($filter: EventFilter) {
  eventAppended(filter: $filter) { position type itemId itemKind itemVersion actor actorName }
}`;

interface Delivered {
  position: string;
  type: string;
  itemId: string | null;
  itemKind: string;
  itemVersion: number;
  actor: string | null;
  actorName: string | null;
}

/** Subscribes over SSE in process; resolves once the subscription is live. */
const subscribe = async (as: Role, filter?: Record<string, unknown>): Promise<SseReader> => {
  const { response, request } = await openSubscription(url, api.tokens[as], {
    query: SUBSCRIBE,
    variables: { filter },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const stream = readSse(response, request);
  open.push(stream);
  return stream;
};

/** The next delivered event, failing if none comes within a second. */
const received = async (stream: SseReader): Promise<Delivered> => {
  const message = await stream.next(1000);
  expect(message?.event).toBe('next');
  const result = JSON.parse(message?.data ?? '{}') as {
    data?: { eventAppended: Delivered };
    errors?: unknown;
  };
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no event delivered');
  return result.data.eventAppended;
};

/** Runs one mutation (as the team, or with `token`) and returns the id of the item it changed. */
const mutate = async (
  name: string,
  input: Record<string, unknown>,
  item: string,
  token?: string,
) => {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const response = await api.gql<Record<string, Record<string, { id: string }>>>(
    `mutation Run($input: ${type}!) { ${name}(input: $input) { ${item} { id } } }`,
    { input },
    token === undefined ? {} : { token },
  );
  expect(response.errors).toBeUndefined();
  const id = response.data?.[name]?.[item]?.id;
  if (!id) throw new Error(`${name} returned no id`);
  return id;
};

let fields = 0;
const defineField = () => {
  fields += 1;
  return mutate(
    'defineActionField',
    { key: `feld-${fields}`, title: `Handlungsfeld ${fields}`, description: 'Zum Testen.' },
    'actionField',
  );
};
const draft = (title: string, actionField: string) =>
  mutate(
    'draftRecommendation',
    { title, body: `Text zu ${title}.`, actionFieldIds: [actionField] },
    'recommendation',
  );
/** Drafted (v1, draft), submitted (v2, in review), prioritised (v3, public). */
const prioritise = async (id: string) => {
  await mutate('submitRecommendationForReview', { id, expectedVersion: 1 }, 'recommendation');
  await mutate(
    'prioritiseRecommendation',
    { id, expectedVersion: 2, priority: 'HIGH' },
    'recommendation',
  );
};

beforeAll(async () => {
  api = await createTestApi();
  ({ server, url } = await listen(api.app.fetch));
});
afterAll(async () => {
  await Promise.all(open.map((stream) => stream.close()));
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

describe('eventAppended', () => {
  it('delivers a write made after subscribing, and nothing from before', async () => {
    const before = await defineField();
    const stream = await subscribe('team');
    const field = await defineField();
    const event = await received(stream);
    expect(event).toMatchObject({ type: 'ActionFieldDefined', itemId: field, itemVersion: 1 });
    expect(event.itemId).not.toBe(before);
    await stream.close();
  });

  it('filters by event type', async () => {
    const field = await defineField();
    const stream = await subscribe('team', { types: ['RecommendationPrioritised'] });
    const id = await draft('Typfilter', field);
    await prioritise(id);
    expect(await received(stream)).toMatchObject({
      type: 'RecommendationPrioritised',
      itemId: id,
      itemVersion: 3,
    });
    expect(await stream.drain(300)).toEqual([]);
    await stream.close();
  });

  it('filters by item', async () => {
    const field = await defineField();
    const mine = await draft('Meine Empfehlung', field);
    const stream = await subscribe('team', { item: mine });
    await draft('Fremde Empfehlung', field);
    await prioritise(mine);
    const events = [await received(stream), await received(stream)];
    expect(events.map((e) => [e.type, e.itemId])).toEqual([
      ['RecommendationSubmittedForReview', mine],
      ['RecommendationPrioritised', mine],
    ]);
    await stream.close();
  });

  it('filters by action field: its items’ events and its own', async () => {
    const field = await defineField();
    const other = await defineField();
    const stream = await subscribe('team', { actionField: field });
    await draft('Anderes Feld', other);
    const inField = await draft('Im Feld', field);
    expect(await received(stream)).toMatchObject({
      type: 'RecommendationDrafted',
      itemId: inField,
    });
    await mutate(
      'reviseActionField',
      { id: field, expectedVersion: 1, title: 'Neuer Titel' },
      'actionField',
    );
    expect(await received(stream)).toMatchObject({ type: 'ActionFieldRevised', itemId: field });
    await stream.close();
  });

  it('never sends a partner a draft, but does send what is public', async () => {
    const field = await defineField();
    const partner = await subscribe('partner');
    const team = await subscribe('team');
    const id = await draft('Noch intern', field);
    await prioritise(id);
    const published = await defineField();
    // The team sees all four; the partner only the two writes that left something public.
    const all = [];
    for (let i = 0; i < 4; i++) all.push((await received(team)).type);
    expect(all).toEqual([
      'RecommendationDrafted',
      'RecommendationSubmittedForReview',
      'RecommendationPrioritised',
      'ActionFieldDefined',
    ]);
    expect(await received(partner)).toMatchObject({
      type: 'RecommendationPrioritised',
      itemId: id,
    });
    expect(await received(partner)).toMatchObject({
      type: 'ActionFieldDefined',
      itemId: published,
    });
    expect(await partner.drain(300)).toEqual([]);
    await Promise.all([partner.close(), team.close()]);
  });

  it('streams over GET as well (an EventSource in a browser)', async () => {
    const query =
      'subscription { eventAppended(filter: { types: ["ActionFieldDefined"] }) { type } }';
    const request = new AbortController();
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${api.tokens.partner}` },
      signal: request.signal,
    });
    expect(response.status).toBe(200);
    const stream = readSse(response, request);
    open.push(stream);
    await defineField();
    expect(JSON.parse((await stream.next(1000))?.data ?? '{}')).toEqual({
      data: { eventAppended: { type: 'ActionFieldDefined' } },
    });
    await stream.close();
  });

  it('refuses an action-field filter with another item’s id', async () => {
    const field = await defineField();
    const id = await draft('Kein Feld', field);
    const stream = await subscribe('team', { actionField: id });
    const message = await stream.next(1000);
    expect(JSON.parse(message?.data ?? '{}')).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'actionField' } }],
    });
    expect((await stream.next(1000))?.event).toBe('complete');
  });

  it('names who acted as their token is named at each event, for the team only: partners learn no actor', async () => {
    const team = await subscribe('team');
    const partner = await subscribe('partner');
    // A token made after subscribing, renamed between two of its writes.
    const { token, info } = await createToken(api.database, {
      role: 'team',
      name: 'Referat 31, Frau Keller',
    });
    const field = await mutate(
      'defineActionField',
      { key: 'benannt', title: 'Benannt', description: 'Zum Testen.' },
      'actionField',
      token,
    );
    const actor = actorOfToken(info.id);
    expect(await received(team)).toMatchObject({ actor, actorName: 'Referat 31, Frau Keller' });
    expect(await received(partner)).toMatchObject({ actor: null, actorName: null });
    await api.database.rows(
      sql`UPDATE api_tokens SET name = 'Referat 31, Herr Keller' WHERE id = ${info.id}`,
    );
    await mutate(
      'reviseActionField',
      { id: field, expectedVersion: 1, title: 'Umbenannt' },
      'actionField',
      token,
    );
    expect(await received(team)).toMatchObject({ actor, actorName: 'Referat 31, Herr Keller' });
    expect(await received(partner)).toMatchObject({ actor: null, actorName: null });
    await Promise.all([partner.close(), team.close()]);
  });

  it('lets the follower go idle once every subscriber has left', async () => {
    await Promise.all(open.map((stream) => stream.close()));
    await expect.poll(() => api.feed.subscriberCount, { timeout: 2000 }).toBe(0);
  });
});
