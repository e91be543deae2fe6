import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type DemoServer, startDemoServer } from '@fahrplan/api/testing/demo-server';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

/**
 * A partner's view end to end: the API runs as its own process with the demo; the client is
 * generated from the schema it serves, type-checked, and syncs the whole feed with it.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = `${ROOT}test-artifacts`;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let server: DemoServer;
let schemaSource: string;

beforeAll(async () => {
  server = await startDemoServer();
  // The SDL as served; where this API has no SDL endpoint, its introspection over HTTP.
  const sdl = await fetch(`${server.url}/graphql/schema.graphql`);
  mkdirSync(ARTIFACTS, { recursive: true });
  if (sdl.ok) {
    schemaSource = `${ARTIFACTS}/served-schema.graphql`;
    writeFileSync(schemaSource, await sdl.text());
  } else {
    schemaSource = `${server.url}/graphql`;
  }
  await generate(codegenConfig(schemaSource, ROOT), true);
});

afterAll(async () => {
  await server?.stop();
  rmSync(ARTIFACTS, { recursive: true, force: true });
});

/** Untyped, as a check on the typed client: every event's position and type, page by page. */
const rawFeed = async (): Promise<{ position: string; type: string }[]> => {
  const events: { position: string; type: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.partnerToken}`,
      },
      body: JSON.stringify({
        query: `query($after: String) { events(first: 500, after: $after) {
          edges { node { position type } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after },
      }),
    });
    const body = (await response.json()) as {
      data: {
        events: {
          edges: { node: { position: string; type: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    events.push(...body.data.events.edges.map((edge) => edge.node));
    if (!body.data.events.pageInfo.hasNextPage) return events;
    after = body.data.events.pageInfo.endCursor;
  }
};

describe('the partner example', () => {
  it('type-checks against the generated client; a switch missing an event type does not', () => {
    // A copy of the sync without one case: it must be the only file tsc complains about.
    const source = readFileSync(`${ROOT}src/sync.ts`, 'utf8');
    const missing = source
      .replace(
        "    case 'MeasureStopped':\n      return update(mirror, payload.measureId, 'stopped');\n",
        '',
      )
      .replaceAll("from './", "from '../src/");
    expect(missing).not.toContain("case 'MeasureStopped'");
    writeFileSync(`${ARTIFACTS}/missing-case.ts`, missing);
    writeFileSync(
      `${ARTIFACTS}/tsconfig.json`,
      JSON.stringify({
        extends: '../tsconfig.json',
        // The client and the example as a partner has them (the test harness is the API's).
        include: ['../src', '../codegen.ts', './missing-case.ts'],
      }),
    );
    const run = spawnSync(process.execPath, [tsc, '-p', `${ARTIFACTS}/tsconfig.json`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const errors = run.stdout.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.length, run.stdout).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatch(/^test-artifacts\/missing-case\.ts/);
    expect(run.stdout).toMatch(/"MeasureStopped"|MeasureStopped/);
  });

  it('syncs the whole feed with a typed payload for every event, and resumes from its cursor', async () => {
    const { emptyMirror, sync } = await import('../src/sync.js');
    const mirror = emptyMirror();
    const endpoint = { url: server.url, token: server.partnerToken };
    const events = await sync(endpoint, mirror, { pageSize: 50 });

    // The whole feed, in order, as the untyped walk sees it.
    expect(events.map(({ position, type }) => ({ position, type }))).toEqual(await rawFeed());
    expect(events.length).toBeGreaterThan(100);
    for (const event of events) expect(event.payload?.__typename, event.position).toBe(event.type);
    expect(mirror.seen.size).toBeGreaterThan(15);

    // The copy agrees with the API: every measure a partner sees, with its title.
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.partnerToken}`,
      },
      body: JSON.stringify({ query: '{ measures(first: 100) { edges { node { id title } } } }' }),
    });
    const measures = (
      (await response.json()) as {
        data: { measures: { edges: { node: { id: string; title: string } }[] } };
      }
    ).data.measures.edges.map((edge) => edge.node);
    expect(measures.length).toBeGreaterThan(0);
    for (const measure of measures) expect(mirror.items.get(measure.id)?.title).toBe(measure.title);

    // Nothing new: a second sync from the kept cursor applies nothing and keeps the place.
    const cursor = mirror.cursor;
    expect(await sync(endpoint, mirror)).toEqual([]);
    expect(mirror.cursor).toBe(cursor);
  });
});
