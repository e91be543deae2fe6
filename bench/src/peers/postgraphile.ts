import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { freePort, untilReady } from '../load.js';

/**
 * PostGraphile 4.14 beside the partner reads: the same read-model rows (current versions of
 * `item_versions`, published statuses only, as a partner sees them) exposed through views in a
 * schema of their own, with computed columns for the nested fields. PostGraphile compiles a whole
 * query into one SQL statement (json_build_object per level), which is its strength; Fahrplan
 * resolves field by field with batched loaders. See bench/README.md for what is and is not equal.
 */

/** Published statuses per kind: the API's visibility rules (packages/api/src/visibility/rules.ts). */
const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  ActionField: ['active', 'retired'],
  Suggestion: ['taken_up'],
  Recommendation: ['prioritised', 'adopted', 'rejected'],
  Measure: ['planned', 'in_progress', 'completed', 'stopped'],
};

const current = (kind: string) =>
  `FROM public.item_versions v WHERE v.kind = '${kind}' AND v.valid_to IS NULL
     AND v.status IN (${(PUBLIC[kind] ?? []).map((status) => `'${status}'`).join(', ')})`;

/** A computed column listing related rows in the order the parent's id array names them. */
const orderedList = (fn: string, parent: string, target: string, ids: string) =>
  `CREATE FUNCTION peer.${fn}(p peer.${parent}) RETURNS SETOF peer.${target}
  LANGUAGE sql STABLE AS $$
  SELECT t.* FROM unnest(p.${ids}) WITH ORDINALITY AS k(id, n)
  JOIN peer.${target} t ON t.id = k.id ORDER BY k.n $$;`;

const SCHEMA = `
DROP SCHEMA IF EXISTS peer CASCADE;
CREATE SCHEMA peer;
CREATE VIEW peer.action_fields AS SELECT v.id, v.title, v.status ${current('ActionField')};
CREATE VIEW peer.suggestions AS SELECT v.id, v.title, v.status ${current('Suggestion')};
CREATE VIEW peer.recommendations AS
  SELECT v.id, v.title, v.status, upper(v.state->>'priority') AS priority, v.action_field_ids,
    ARRAY(SELECT jsonb_array_elements_text(coalesce(v.state->'derivedFrom', '[]'))) AS derived_from_ids,
    CASE WHEN v.status = 'adopted' THEN v.state->>'measureId' END AS measure_id
  ${current('Recommendation')};
CREATE VIEW peer.measures AS
  SELECT v.id, v.title, v.status, (v.state->>'progress')::int AS progress, v.state->>'owner' AS owner,
    (v.state->>'plannedStart')::date AS planned_start, (v.state->>'plannedEnd')::date AS planned_end,
    v.action_field_ids, v.state->>'adoptedFrom' AS adopted_from_id, v.state->'milestones' AS milestone_list
  ${current('Measure')};
COMMENT ON COLUMN peer.recommendations.action_field_ids IS '@omit';
COMMENT ON COLUMN peer.recommendations.derived_from_ids IS '@omit';
COMMENT ON COLUMN peer.recommendations.measure_id IS '@omit';
COMMENT ON COLUMN peer.measures.action_field_ids IS '@omit';
COMMENT ON COLUMN peer.measures.adopted_from_id IS '@omit';
COMMENT ON COLUMN peer.measures.milestone_list IS '@omit';
CREATE TYPE peer.milestone AS (title text, due_date date, reached_at text);

-- Related items in the order the parent lists them, as the API returns them.
${orderedList('recommendations_action_fields', 'recommendations', 'action_fields', 'action_field_ids')}
${orderedList('recommendations_derived_from', 'recommendations', 'suggestions', 'derived_from_ids')}
CREATE FUNCTION peer.recommendations_measure(r peer.recommendations) RETURNS peer.measures
  LANGUAGE sql STABLE AS $$ SELECT m.* FROM peer.measures m WHERE m.id = r.measure_id $$;
${orderedList('measures_action_fields', 'measures', 'action_fields', 'action_field_ids')}
CREATE FUNCTION peer.measures_adopted_from(m peer.measures) RETURNS peer.recommendations
  LANGUAGE sql STABLE AS $$ SELECT r.* FROM peer.recommendations r WHERE r.id = m.adopted_from_id $$;
CREATE FUNCTION peer.measures_milestones(m peer.measures) RETURNS SETOF peer.milestone
  LANGUAGE sql STABLE AS $$
  SELECT x.title, x."dueDate", x."reachedAt"
  FROM jsonb_to_recordset(coalesce(m.milestone_list, '[]')) AS x(title text, "dueDate" date, "reachedAt" text) $$;
`;

/** The partner queries, in PostGraphile's spelling: the same rows, fields and nesting. */
export const POSTGRAPHILE_QUERIES = {
  recommendations:
    '{ allRecommendations(first: 50, orderBy: [TITLE_ASC, ID_ASC]) { edges { node { id title status priority actionFieldsList { id title } derivedFromList { id title status } measure { id title progress milestonesList { title dueDate } } } } } }',
  measures:
    '{ allMeasures(first: 50, orderBy: [TITLE_ASC, ID_ASC]) { edges { node { id title status progress owner plannedStart plannedEnd actionFieldsList { id title } adoptedFrom { id title } milestonesList { title dueDate reachedAt } } } } }',
} as const;

export interface PostgraphileServer {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Creates the `peer` schema in the database and serves it from a process of its own. */
export const startPostgraphile = async (databaseUrl: string): Promise<PostgraphileServer> => {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(SCHEMA);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./postgraphile-server.js', import.meta.url))],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await untilReady(() =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    }).then((response) => response.ok),
  );
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
    },
  };
};
