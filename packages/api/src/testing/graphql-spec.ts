import type { Role } from '@fahrplan/domain';
import { expect } from 'vitest';
import type { GraphQLResponse, TestApi } from './test-api.js';

/** The Relay global id of `kind:id`, for any kind (also ones that do not exist). */
export const gid = (kind: string, id: string) => Buffer.from(`${kind}:${id}`).toString('base64');
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A moment between two steps of a spec, for `asOf`: recording times are milliseconds apart, so a
 * pause on each side makes "before" and "after" unambiguous.
 */
export const momentBetween = async (): Promise<string> => {
  await pause(20);
  const now = new Date().toISOString();
  await pause(20);
  return now;
};
export const capitalised = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/** The text of one mutation by name, its input typed `<Name>Input`, reading `selection`. */
export const mutationText = (name: string, selection: string) =>
  `mutation Run($input: ${capitalised(name)}Input!) { ${name}(input: $input) { ${selection} } }`;

/** The value, or a failed test where it is missing. */
export const required = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
};

/**
 * Asserts a fresh write: no errors, not replayed, the payload and its `item` at `version`, the
 * item matching `fields`. Returns the payload.
 */
export const expectWritten = <Data extends object>(
  response: GraphQLResponse<Data>,
  mutation: keyof Data & string,
  item: string,
  version: number,
  fields: Record<string, unknown>,
) => {
  expect(response.errors).toBeUndefined();
  const payload = response.data?.[mutation];
  expect(payload).toMatchObject({ version, replayed: false, [item]: { version, ...fields } });
  return payload;
};

type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

/**
 * Helpers bound to the spec's api, read through `api` when they run (it is made in `beforeAll`).
 * `Change` is the shape `mutate` reads with its default selection `select`.
 */
export const graphqlSpec = <Change = unknown>(api: () => TestApi, select = 'version') => {
  /** Runs one mutation by name; `selection` is the payload selection, `Payload` the shape it reads. */
  const mutate = <Payload = Change>(
    name: string,
    input: Record<string, unknown>,
    as: Role = 'team',
    selection = select,
  ) => api().gql<Record<string, Payload>>(mutationText(name, selection), { input }, { as });
  /** Reads a node as `type`; `Node` is the shape `select` reads (null where it did not exist yet). */
  const node = async <Node = unknown>(
    id: string,
    selection: string,
    asOf?: string,
    type = 'Item',
  ) => {
    const response = await api().gql<{ node: Node | null }>(
      `query Node($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { ... on ${type} { ${selection} } } }`,
      { id, asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.node;
  };
  return {
    mutate,

    /** Defines an action field (as the team) and returns its global id. */
    defineActionField: async (key: string, title: string) => {
      const response = await mutate<{ actionField: { id: string } }>(
        'defineActionField',
        { key, title, description: title },
        'team',
        'actionField { id }',
      );
      return required(response.data?.defineActionField?.actionField.id, 'the action field');
    },

    /** Drafts a recommendation (as the team; `Text zu <title>.` unless `input` has a body). */
    draftRecommendation: async (input: { title: string } & Record<string, unknown>) => {
      const response = await mutate<{ recommendation: { id: string } }>(
        'draftRecommendation',
        { body: `Text zu ${input.title}.`, ...input },
        'team',
        'recommendation { id }',
      );
      expect(response.errors).toBeUndefined();
      return required(response.data?.draftRecommendation?.recommendation.id, 'the recommendation');
    },

    /** Submits a drafted recommendation and prioritises it: version 3, public from then on. */
    prioritise: async (id: string, priority: string) => {
      expect(
        (await mutate('submitRecommendationForReview', { id, expectedVersion: 1 })).errors,
      ).toBe(undefined);
      const done = await mutate('prioritiseRecommendation', { id, expectedVersion: 2, priority });
      expect(done.errors).toBeUndefined();
    },

    node,

    /**
     * Revises a drafted item's title and action field (as the team) and asserts the payload, the
     * change in its history, and its first version `asOf` before; returns that moment.
     */
    revisesTitle: async (
      kind: 'Guideline' | 'Recommendation',
      id: string,
      before: { title: string; body: string; actionField: string },
      after: { title: string; actionFieldId: string; actionField: string },
    ) => {
      const drafted = await node<{ history: { recordedAt: string }[] }>(
        id,
        'history { recordedAt }',
      );
      const first = required(drafted?.history[0], 'the first history entry');
      await pause(20);
      const field = `${kind.charAt(0).toLowerCase()}${kind.slice(1)}`;
      const revised = await mutate(
        `revise${kind}`,
        { id, expectedVersion: 1, title: after.title, actionFieldIds: [after.actionFieldId] },
        'team',
        `version ${field} { title body actionFields { title } }`,
      );
      expect(revised.data?.[`revise${kind}`]).toEqual({
        version: 2,
        [field]: {
          title: after.title,
          body: before.body,
          actionFields: [{ title: after.actionField }],
        },
      });
      const revisions = await node<{
        history: { type: string; changes: { field: string; before: unknown; after: unknown }[] }[];
      }>(id, 'history { type changes { field before after } }');
      expect(revisions?.history.map((entry) => entry.type)).toEqual([
        `${kind}Drafted`,
        `${kind}Revised`,
      ]);
      expect(revisions?.history[1]?.changes).toContainEqual({
        field: 'title',
        before: before.title,
        after: after.title,
      });
      expect(
        await node(id, 'version title actionFields { title }', first.recordedAt, kind),
      ).toEqual({
        version: 1,
        title: before.title,
        actionFields: [{ title: before.actionField }],
      });
      return first.recordedAt;
    },

    /** Asserts the request fails with the code (and field), and that nothing was written. */
    refused: async <Data>(
      request: () => Promise<GraphQLResponse<Data>>,
      code: string,
      field?: string,
    ) => {
      const before = await api().counts();
      const response = await request();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
      expect(await api().counts()).toEqual(before);
      return response;
    },

    /** Asserts the request is refused before it runs (GraphQL validation), writing nothing. */
    invalid: async (request: () => Promise<GraphQLResponse<unknown>>, message: RegExp) => {
      const before = await api().counts();
      const response = await request();
      // Validation errors come without data; ids of the wrong type fail as the field resolves.
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(await api().counts()).toEqual(before);
    },

    /** Runs `query` with `input`, expected to fail: proves it wrote nothing, returns its first error. */
    failing: async (
      query: string,
      input: Record<string, unknown>,
      as: Role = 'team',
    ): Promise<GraphQLError> => {
      const before = await api().counts();
      const response = await api().gql(query, { input }, { as });
      expect(response.data ?? null).toBeNull();
      expect(await api().counts()).toEqual(before);
      return response.errors?.[0] ?? { message: '', extensions: {} };
    },
  };
};

/**
 * A spec's story told step by step: each step runs a mutation (failing on errors) and remembers
 * its item's id and version under the step's name; with `moments`, also the moment right after it
 * (for `asOf`). `who`: a role, or `{ token }` of the spec's own.
 */
export const storySteps = (api: () => TestApi, { moments: timed = false } = {}) => {
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const moments: Record<string, string> = {};
  const step = async (
    name: string,
    mutation: string,
    input: Record<string, unknown>,
    item: string,
    who: 'team' | 'ministry' | { readonly token: string } = 'team',
  ) => {
    const field = `${mutation.charAt(0).toLowerCase()}${mutation.slice(1)}`;
    const response = await api().gql<
      Record<string, Record<string, { id: string; version: number }>>
    >(
      `mutation($input: ${capitalised(mutation)}Input!) { ${field}(input: $input) { ${item} { id version } } }`,
      { input },
      typeof who === 'string' ? { as: who } : who,
    );
    expect(response.errors).toBeUndefined();
    const result = required(response.data?.[field]?.[item], mutation);
    ids[name] = result.id;
    versions[name] = result.version;
    if (timed) moments[name] = await momentBetween();
    return result;
  };
  return { step, ids, versions, moments };
};
