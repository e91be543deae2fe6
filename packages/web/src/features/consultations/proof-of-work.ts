/**
 * The form's proof of work: a fresh challenge from the API (`consultationChallenge`), solved in a
 * Web Worker of this app's own origin; the payload the API verifies is base64 JSON of the
 * challenge and its solution, as the `altcha` widget sends it. No third party, no cookie.
 */
export const solveProofOfWork = (challenge: unknown): Promise<string | null> =>
  new Promise((resolve) => {
    const worker = new Worker(new URL('./proof-of-work.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (payload: string | null) => {
      worker.terminate();
      resolve(payload);
    };
    worker.onmessage = (message: MessageEvent<{ solution: unknown }>) => {
      const { solution } = message.data;
      done(solution ? btoa(JSON.stringify({ challenge, solution })) : null);
    };
    worker.onerror = () => done(null);
    worker.postMessage(challenge);
  });
