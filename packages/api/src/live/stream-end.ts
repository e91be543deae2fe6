import type { LiveEvent } from './live-events.js';

/** Why the server ended a subscription before the client did. */
export type StreamEndReason = 'token-revoked' | 'too-slow';

/** The last message of a stream the server ended: the reason, and where to resume. */
export interface StreamEnd {
  readonly end: StreamEndReason;
  /** The position of the last event written to the stream: resume with `events(after: …)`. */
  readonly lastPosition: number | undefined;
}

/** What a subscription's iterator yields: events, and maybe, last, why it ended. */
export type LiveMessage = LiveEvent | StreamEnd;

export const isStreamEnd = (message: LiveMessage): message is StreamEnd => 'end' in message;

/** The stream end that follows `lastTaken` (the last message the subscriber took). */
export const streamEnd = (
  reason: StreamEndReason,
  lastTaken: LiveMessage | undefined,
): StreamEnd => ({
  end: reason,
  lastPosition:
    lastTaken === undefined
      ? undefined
      : isStreamEnd(lastTaken)
        ? lastTaken.lastPosition
        : lastTaken.event.position,
});
