import type { SubscriptionSettings } from './subscription-settings.js';

/** Which limit refused a new subscription. */
export type SlotRefusal = 'holder' | 'total';

/** One open subscription's place in the counts; `release` is safe to call more than once. */
export interface Slot {
  release(): void;
}

export interface SubscriptionSlots {
  /** A slot for `holder` (a token's actor, or `address:<key>`), or why there is none. */
  take(holder: string, anonymous: boolean): Slot | SlotRefusal;
  readonly open: number;
  holding(holder: string): number;
}

/**
 * Counts this process's open subscriptions per holder and in total. Counting lives in memory:
 * behind a load balancer, each API process admits its own share.
 */
export const createSubscriptionSlots = (
  settings: Pick<SubscriptionSettings, 'perToken' | 'perAddress' | 'total'>,
): SubscriptionSlots => {
  const held = new Map<string, number>();
  let open = 0;
  return {
    take: (holder, anonymous) => {
      const count = held.get(holder) ?? 0;
      if (count >= (anonymous ? settings.perAddress : settings.perToken)) return 'holder';
      if (open >= settings.total) return 'total';
      held.set(holder, count + 1);
      open += 1;
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          open -= 1;
          const left = (held.get(holder) ?? 1) - 1;
          if (left > 0) held.set(holder, left);
          else held.delete(holder);
        },
      };
    },
    get open() {
      return open;
    },
    holding: (holder) => held.get(holder) ?? 0,
  };
};
