import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { periodicWorker } from './periodic-worker.js';

/** A pass that ends when the test says so. */
const gatedPasses = () => {
  const ends: (() => void)[] = [];
  let started = 0;
  const pass = () =>
    new Promise<number>((resolve) => {
      started += 1;
      const count = started;
      ends.push(() => resolve(count));
    });
  const endAll = () => {
    for (const end of ends.splice(0)) end();
  };
  return { pass, started: () => started, endAll };
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when a pass is under way', () => {
  it('shares it with a second call', async () => {
    const passes = gatedPasses();
    const worker = periodicWorker(passes.pass);
    const first = worker.runOnce();
    const second = worker.runOnce();
    expect(passes.started()).toBe(1);
    passes.endAll();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
  });

  it('stop waits for it, and no further pass starts', async () => {
    const passes = gatedPasses();
    const worker = periodicWorker(passes.pass, { runAtStart: true });
    worker.start(100);
    expect(passes.started()).toBe(1);
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    passes.endAll();
    await stopping;
    await vi.advanceTimersByTimeAsync(1000);
    expect(passes.started()).toBe(1);
  });
});

describe('when started', () => {
  it('passes one interval after the last pass ended, the first at once only if asked', async () => {
    const passes = gatedPasses();
    const worker = periodicWorker(passes.pass);
    worker.start(100);
    expect(passes.started()).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(passes.started()).toBe(1);
    // A slow pass is not overlapped by the next.
    await vi.advanceTimersByTimeAsync(500);
    expect(passes.started()).toBe(1);
    passes.endAll();
    await vi.advanceTimersByTimeAsync(100);
    expect(passes.started()).toBe(2);
    passes.endAll();
    await worker.stop();
  });

  it('tells of a failed pass and goes on with the next', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const worker = periodicWorker(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return calls;
      },
      { runAtStart: true, onError: (error) => errors.push(error) },
    );
    worker.start(100);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(errors).toEqual([new Error('database away')]);
    await worker.stop();
  });
});
