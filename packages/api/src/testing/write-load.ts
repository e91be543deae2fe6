/** How each write ended, from the client's side. */
export type WriteOutcome =
  | 'acknowledged'
  | 'unavailable' // 503 SERVICE_UNAVAILABLE with Retry-After
  | 'refused' // no connection: the server is gone (after a shutdown)
  | 'reset' // the connection closed before any response: nothing was answered
  | 'hung' // no answer within the client's patience
  | 'cut' // a response began but its body was incomplete
  | 'other';

export interface WriteRecord {
  readonly key: string;
  readonly outcome: WriteOutcome;
  readonly ms: number;
  readonly detail?: string;
}

const DEFINE = `mutation Define($input: DefineActionFieldInput!) {
  defineActionField(input: $input) { version }
}`;

const causeCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** One write of a new action field, with an idempotency key, as a careful client sends it. */
export const writeOnce = async (
  url: string,
  token: string,
  key: string,
  patienceMs: number,
): Promise<WriteRecord> => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: DEFINE,
        variables: {
          input: { key, title: `Feld ${key}`, description: 'Last', idempotencyKey: key },
        },
      }),
      signal: AbortSignal.timeout(patienceMs),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { key, outcome: 'hung', ms: elapsed() };
    const code = causeCode(error);
    return {
      key,
      outcome: code === 'ECONNREFUSED' ? 'refused' : 'reset',
      ms: elapsed(),
      detail: code ?? String(error),
    };
  }
  let body: {
    data?: { defineActionField?: { version: number } };
    errors?: { extensions?: { code?: string } }[];
  };
  try {
    body = JSON.parse(await response.text());
  } catch (error) {
    const hung = (error as Error).name === 'TimeoutError';
    return { key, outcome: hung ? 'hung' : 'cut', ms: elapsed(), detail: String(error) };
  }
  const code = body.errors?.[0]?.extensions?.code;
  if (response.status === 200 && body.data?.defineActionField?.version === 1) {
    return { key, outcome: 'acknowledged', ms: elapsed() };
  }
  if (
    response.status === 503 &&
    code === 'SERVICE_UNAVAILABLE' &&
    response.headers.get('retry-after')
  ) {
    return { key, outcome: 'unavailable', ms: elapsed() };
  }
  return { key, outcome: 'other', ms: elapsed(), detail: `${response.status} ${code ?? ''}` };
};

/** `writers` clients writing back to back until `stop()`; every outcome is recorded. */
export const startWriteLoad = (
  url: string,
  token: string,
  { writers, patienceMs, prefix }: { writers: number; patienceMs: number; prefix: string },
) => {
  const records: WriteRecord[] = [];
  let running = true;
  const loops = Array.from({ length: writers }, async (_, writer) => {
    for (let n = 0; running; n++) {
      const record = await writeOnce(url, token, `${prefix}-${writer}-${n}`, patienceMs);
      records.push(record);
      // A refused connection answers at once: do not spin.
      if (record.outcome !== 'acknowledged') await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    records,
    stop: async (): Promise<WriteRecord[]> => {
      running = false;
      await Promise.all(loops);
      return records;
    },
  };
};

export const countOutcomes = (records: readonly WriteRecord[]) => {
  const counts: Partial<Record<WriteOutcome, number>> = {};
  for (const { outcome } of records) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
};
