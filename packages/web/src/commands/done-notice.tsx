import { type ReactNode, useState } from 'react';

/**
 * What the last action on this page achieved: announced to screen readers (the live region is
 * always there, so the change is read out), and the item's version it left.
 */
export const useDoneNotice = <Action extends string>(
  describe: (action: Action) => string,
): {
  readonly version: number;
  readonly record: (action: Action, version: number) => void;
  readonly notice: ReactNode;
} => {
  const [last, setLast] = useState<{ action: Action; version: number } | null>(null);
  return {
    version: last?.version ?? 0,
    record: (action, version) => setLast({ action, version }),
    notice: (
      <div role="status" className={last ? 'notice notice--success' : undefined}>
        {last ? describe(last.action) : null}
      </div>
    ),
  };
};
