export interface PeriodicWorkerOptions {
  /** The first pass runs at `start` (default: one interval after it). */
  readonly runAtStart?: boolean;
  /** Told of a failed pass; the loop goes on with the next (default: nothing is told). */
  readonly onError?: (error: unknown) => void;
}

export interface PeriodicWorker<Pass> {
  /** One pass; a call while a pass is under way shares that pass. */
  runOnce(): Promise<Pass>;
  /** A pass every `everyMs` (counted from the end of the one before) until `stop`. */
  start(everyMs: number): void;
  /** Stops passing and waits for a pass under way. */
  stop(): Promise<void>;
}

/**
 * The background workers' scheduler (outbox, notifications, webhooks): one pass at a time, the
 * next armed only when the last has ended, so a slow pass never overlaps itself. The timer does
 * not keep the process alive: the server does, and a stopped process must be free to exit.
 */
export const periodicWorker = <Pass>(
  pass: () => Promise<Pass>,
  options: PeriodicWorkerOptions = {},
): PeriodicWorker<Pass> => {
  let running: Promise<Pass> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runOnce = (): Promise<Pass> => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };

  const arm = (everyMs: number): void => {
    timer = setTimeout(() => turn(everyMs), everyMs);
    timer.unref();
  };
  const turn = (everyMs: number): void => {
    if (stopped) return;
    runOnce()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) arm(everyMs);
      });
  };

  return {
    runOnce,
    start: (everyMs) => {
      stopped = false;
      if (options.runAtStart) turn(everyMs);
      else arm(everyMs);
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
};
