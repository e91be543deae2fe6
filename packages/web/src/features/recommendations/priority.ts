import { priorityLabels } from '@fahrplan/domain';
import { useCallback } from 'react';
import { useLabel } from '../../i18n/i18n.js';

/** The API's priority values, highest first. */
export const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

const DOMAIN_KEYS = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' } as const satisfies Record<
  Priority,
  keyof typeof priorityLabels
>;

export const isPriority = (value: string): value is Priority =>
  (PRIORITIES as readonly string[]).includes(value);

/** A priority in the user's language (Hoch, Mittel, Niedrig). */
export const usePriorityLabel = (): ((priority: Priority) => string) => {
  const label = useLabel();
  return useCallback((priority) => label(priorityLabels[DOMAIN_KEYS[priority]], priority), [label]);
};
