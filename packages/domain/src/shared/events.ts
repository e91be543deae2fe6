import { type DomainError, isDomainError } from './errors.js';
import type { CommandMetadata, Evidence } from './types.js';
import { resolveOccurredAt } from './validation.js';

/** The part of an event that comes from the command's metadata rather than its data. */
export interface EventHeader {
  readonly occurredAt: string;
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * When it happened, why and on what grounds: copied onto every event the one way, keys omitted
 * when absent so events compare cleanly. Fails where `resolveOccurredAt` does.
 */
export const headerOf = (metadata: CommandMetadata): EventHeader | DomainError => {
  const occurredAt = resolveOccurredAt(metadata);
  if (isDomainError(occurredAt)) return occurredAt;
  const { reason, evidence } = metadata;
  return {
    occurredAt,
    ...(reason === undefined ? {} : { reason }),
    ...(evidence === undefined ? {} : { evidence }),
  };
};
