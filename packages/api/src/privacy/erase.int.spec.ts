import { DEMO_IDS } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { seedDemo } from '../seed/demo.js';
import { runToEnd } from '../testing/run-source.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { createTestDatabase } from '../testing/test-database.js';

const ERASE = `mutation($input: EraseSubjectInput!) {
  eraseSubject(input: $input) { subjectId erasedRecords }
}`;
const PEOPLE = `query($id: ID!) { node(id: $id) { ... on Meeting {
  participants { subjectId name email erased }
  history { type people { subjectId name email erased } }
} } }`;

type People = {
  node: {
    participants: { subjectId: string; name: string | null; erased: boolean }[];
    history: {
      type: string;
      people: { subjectId: string; name: string | null; erased: boolean }[];
    }[];
  };
};

let api: TestApi;
const conference = encodeGlobalID('Meeting', DEMO_IDS.conference);

beforeAll(async () => {
  api = await createDemoApi();
});
afterAll(() => api.close());

const personOf = async (subjectId: string) => {
  const response = await api.gql<People>(PEOPLE, { id: conference });
  return {
    participant: response.data?.node.participants.find((p) => p.subjectId === subjectId),
    recorded: response.data?.node.history
      .flatMap((entry) => entry.people)
      .filter((person) => person.subjectId === subjectId),
  };
};

describe('eraseSubject', () => {
  it('refuses everyone but admins, a missing reason and an unknown person — writing nothing', async () => {
    const subjectId = (await api.gql<People>(PEOPLE, { id: conference })).data?.node.participants[0]
      ?.subjectId;
    const before = await api.counts();
    for (const as of ['team', 'ministry', 'partner', 'anonymous'] as const) {
      const response = await api.gql(ERASE, { input: { subjectId, reason: 'Antrag' } }, { as });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const blank = await api.gql(ERASE, { input: { subjectId, reason: ' ' } }, { as: 'admin' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const unknown = await api.gql(
      ERASE,
      { input: { subjectId: 'person-99', reason: 'Antrag' } },
      {
        as: 'admin',
      },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'subjectId',
    });
    expect(await api.counts()).toEqual(before);
  });

  it('erases a participant everywhere: history shows “erased”, and the chain still verifies', async () => {
    const [first] =
      (await api.gql<People>(PEOPLE, { id: conference })).data?.node.participants ?? [];
    const subjectId = first?.subjectId ?? '';
    expect(first?.name).toBeTruthy();
    const response = await api.gql<{ eraseSubject: { erasedRecords: number } }>(
      ERASE,
      { input: { subjectId, reason: 'Löschantrag nach Art. 17 DSGVO' } },
      { as: 'admin' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.eraseSubject.erasedRecords).toBeGreaterThan(0);
    const after = await personOf(subjectId);
    expect(after.participant).toMatchObject({ name: null, erased: true });
    expect(after.recorded?.length).toBeGreaterThan(0);
    for (const person of after.recorded ?? [])
      expect(person).toMatchObject({ name: null, erased: true });
    await api.store.seal();
    expect(await api.store.verify()).toMatchObject({ ok: true, pending: 0 });
    // The erasure is itself on record, for the team: who, when, why — without the data.
    const feed = await api.gql<{ events: { edges: { node: { type: string; reason: string } }[] } }>(
      '{ events(first: 500, types: ["PersonalDataErased"]) { edges { node { type reason } } } }',
    );
    expect(feed.data?.events.edges.map((edge) => edge.node.reason)).toEqual([
      'Löschantrag nach Art. 17 DSGVO',
    ]);
  });
});

describe('pnpm fahrplan erase', () => {
  it('erases from the command line, and pnpm fahrplan verify stays green', async () => {
    const test = await createTestDatabase({ onDisk: true });
    const composed = compose(test.database);
    await seedDemo(test.database, composed.execute, { now: new Date().toISOString() });
    await composed.store.close();
    await test.database.close();
    const erased = await runToEnd(
      'src/cli/main.ts',
      ['erase', '--subject', 'person-04', '--reason', 'Löschantrag'],
      test.env,
    );
    expect(erased.stdout).toMatch(/Erased [1-9]\d* record\(s\) of person-04/);
    expect(erased.code).toBe(0);
    const verified = await runToEnd('src/cli/main.ts', ['verify'], test.env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('OK:');
    await test.close();
  }, 180_000); // Real CLI processes: each starts tsx and the database.
});
