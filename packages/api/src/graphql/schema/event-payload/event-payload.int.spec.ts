import { AGGREGATE_KINDS } from '@fahrplan/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoApi, type TestApi } from '../../../testing/test-api.js';
import { referencesOf } from '../../../visibility/references.js';
import { unionSelectionOf } from '../../full-selection.js';
import { schema } from '../index.js';

let api: TestApi;

beforeAll(async () => {
  api = await createDemoApi();
});
afterAll(async () => {
  await api.close();
});

const PAYLOAD = `payload { ${unionSelectionOf(schema, 'EventPayload', 1)} }`;

interface Node {
  type: string;
  schemaVersion: number;
  itemId: string | null;
  data: Record<string, unknown>;
  payload: (Record<string, unknown> & { __typename: string }) | null;
}

/** Every string in a value that is the global id of an item. */
const itemsIn = (value: unknown, into = new Set<string>()): Set<string> => {
  if (typeof value === 'string') {
    try {
      const { typename, id } = decodeGlobalID(value);
      if ((AGGREGATE_KINDS as readonly string[]).includes(typename)) into.add(`${typename}:${id}`);
    } catch {
      // Not a global id.
    }
  } else if (Array.isArray(value)) {
    for (const each of value) itemsIn(each, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const each of Object.values(value)) itemsIn(each, into);
  }
  return into;
};

it('types every event of the demo, naming the items the visibility rules know it names', async () => {
  expect(PAYLOAD).toContain('... on RecommendationAdopted');
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const response: Awaited<
      ReturnType<
        typeof api.gql<{
          events: {
            edges: { node: Node }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }>
      >
    > = await api.gql(
      `query($after: String, $first: Int) { events(first: $first, after: $after) {
        edges { node { type schemaVersion itemId data ${PAYLOAD} } }
        pageInfo { hasNextPage endCursor } } }`,
      { after, first: 200 },
    );
    expect(response.errors).toBeUndefined();
    nodes.push(...(response.data?.events.edges.map((edge) => edge.node) ?? []));
    if (!response.data?.events.pageInfo.hasNextPage) break;
    after = response.data.events.pageInfo.endCursor;
  }
  expect(nodes.length).toBeGreaterThan(100);
  const types = new Set<string>();
  for (const node of nodes) {
    expect(node.payload?.__typename).toBe(node.type);
    types.add(node.type);
    // The ids in the payload, of their right kinds: as an independent table (the one the
    // redaction of partners' views relies on) lists them, plus the event's own item.
    const own = node.itemId ? decodeGlobalID(node.itemId) : null;
    const named = itemsIn(node.payload);
    if (own) named.delete(`${own.typename}:${own.id}`);
    const known = new Set(
      referencesOf({ ...node, evidence: [] }).map((ref) => `${ref.kind}:${ref.id}`),
    );
    expect([...named].sort(), node.type).toEqual([...known].sort());
  }
  expect(types.size).toBeGreaterThan(30);
});

it('carries no personal data: an erasure is an event of its own, and names stay out of payloads', async () => {
  const subjectId = 'person-01';
  const before = await api.gql<{ events: { edges: { node: { payload: unknown } }[] } }>(
    `query($first: Int) { events(first: $first, types: ["ParticipantRegistered"]) {
      edges { node { ${PAYLOAD} } } } }`,
    { first: 500 },
  );
  expect(before.errors).toBeUndefined();
  const registered = before.data?.events.edges.map((edge) => edge.node.payload) ?? [];
  expect(registered).toContainEqual(expect.objectContaining({ subjectId }));
  // Only the keys the domain's event data has: no name, e-mail or organisation beside them.
  for (const payload of registered) {
    expect(Object.keys(payload as object).sort()).toEqual(
      ['__typename', 'meetingId', 'sector', 'subjectId'].sort(),
    );
  }

  const erased = await api.gql<{ eraseSubject: { erasedRecords: number } }>(
    'mutation($input: EraseSubjectInput!) { eraseSubject(input: $input) { erasedRecords } }',
    { input: { subjectId, reason: 'Antrag nach Art. 17 DSGVO' } },
    { as: 'admin' },
  );
  expect(erased.errors).toBeUndefined();
  const records = erased.data?.eraseSubject.erasedRecords ?? 0;
  expect(records).toBeGreaterThan(0);
  const after = await api.gql<{
    events: { edges: { node: { type: string; payload: unknown } }[] };
  }>(
    `query($first: Int) { events(first: $first, newestFirst: true, types: ["PersonalDataErased"]) {
      edges { node { type ${PAYLOAD} } } } }`,
    { first: 500 },
  );
  expect(after.errors).toBeUndefined();
  expect(after.data?.events.edges.map((edge) => edge.node.payload)).toEqual([
    { __typename: 'PersonalDataErased', subjectId, records },
  ]);
});
