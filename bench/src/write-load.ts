import autocannon, { type Request, type Step } from 'autocannon';

/**
 * The load generator of the write rows, in a process of its own (see writes.ts): autocannon's
 * connections each run a realistic sequence of mutations, every step on the version the one
 * before it returned. Prints its figures as JSON on stdout.
 *
 * argv[2]: a `WriteLoad` as JSON.
 */
export interface WriteLoad {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly scenario: 'capture' | 'lifecycle';
  readonly team: string;
  readonly ministry: string;
  /** An action field of the generated history: recommendations need one. */
  readonly actionFieldId: string;
}

export interface StepFigures {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
}

export interface WriteFigures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** GraphQL errors, non-2xx answers, socket errors and timeouts: a valid run has none. */
  readonly failures: number;
  readonly firstError?: string;
  readonly steps: Readonly<Record<string, StepFigures>>;
}

interface Context {
  suggestion?: string;
  recommendation?: string;
  version?: number;
  sentAt?: number;
  failed?: boolean;
}

interface Answer {
  data?: Record<
    string,
    { version: number; suggestion?: { id: string }; recommendation?: { id: string } }
  >;
  errors?: unknown[];
}

const load = JSON.parse(process.argv[2] ?? '{}') as WriteLoad;
const latencies = new Map<string, number[]>();
let graphqlErrors = 0;
let firstError: string | undefined;

const mutation = (name: string, payload: string) =>
  `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { version ${payload} { id } } }`;

/** One mutation of the sequence: its input from what the steps before it returned. */
const step = (
  name: string,
  payload: 'suggestion' | 'recommendation',
  token: string,
  input: (context: Context) => Record<string, unknown>,
): Step<Context> => {
  const query = mutation(name, payload);
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    setupRequest: (request: Request, context: Context) => {
      // A failed step ends the sequence: start again with a capture.
      if (context.failed) return null;
      context.sentAt = performance.now();
      return { ...request, body: JSON.stringify({ query, variables: { input: input(context) } }) };
    },
    onResponse: (status: number, body: string, context: Context) => {
      const took = performance.now() - (context.sentAt ?? performance.now());
      const answer = (status === 200 ? JSON.parse(body) : {}) as Answer;
      const result = answer.data?.[name];
      if (!result || answer.errors) {
        graphqlErrors += 1;
        firstError ??= `${name}: ${status} ${body.slice(0, 300)}`;
        context.failed = true;
        return;
      }
      const list = latencies.get(name) ?? [];
      list.push(took);
      latencies.set(name, list);
      context.version = result.version;
      if (payload === 'suggestion') context.suggestion = result.suggestion?.id;
      else context.recommendation = result.recommendation?.id;
    },
  };
};

const capture = step('captureSuggestion', 'suggestion', load.team, () => ({
  text: 'Ein Vorschlag aus dem Lasttest: Lotsen für kleine Betriebe.',
  channel: 'MAIL',
  sector: 'INDUSTRY',
}));

/** From a suggestion to an adopted recommendation and the measure it starts. */
const lifecycle: Step<Context>[] = [
  capture,
  step('reviseSuggestion', 'suggestion', load.team, (c) => ({
    id: c.suggestion,
    expectedVersion: c.version,
    text: 'Ein Vorschlag aus dem Lasttest, neu gefasst: Lotsen für kleine und mittlere Betriebe.',
  })),
  step('draftRecommendation', 'recommendation', load.team, (c) => ({
    title: 'Lotsenprogramm für kleine Betriebe',
    body: 'Aus dem Lasttest: ein Lotsenprogramm, das kleine Betriebe durch die Förderung führt.',
    actionFieldIds: [load.actionFieldId],
    derivedFrom: [c.suggestion],
  })),
  step('submitRecommendationForReview', 'recommendation', load.team, (c) => ({
    id: c.recommendation,
    expectedVersion: c.version,
  })),
  step('prioritiseRecommendation', 'recommendation', load.team, (c) => ({
    id: c.recommendation,
    expectedVersion: c.version,
    priority: 'HIGH',
  })),
  // The ministry adopts; the measure it starts is appended in the same transaction.
  step('adoptRecommendation', 'recommendation', load.ministry, (c) => ({
    id: c.recommendation,
    expectedVersion: c.version,
    measure: { owner: 'Referat 31' },
  })),
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

const result = await autocannon<Context>({
  url: load.url,
  connections: load.connections,
  duration: load.seconds,
  requests: load.scenario === 'capture' ? [capture] : lifecycle,
});
const steps = Object.fromEntries(
  [...latencies].map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return [name, { count: list.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
  }),
);
const figures: WriteFigures = {
  requestsPerSecond: result.requests.total / result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failures: graphqlErrors + result.non2xx + result.errors + result.timeouts,
  ...(firstError ? { firstError } : {}),
  steps,
};
process.stdout.write(JSON.stringify(figures));
