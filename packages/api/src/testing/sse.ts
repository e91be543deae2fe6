/** One GraphQL-over-SSE message as yoga sends it: `next` (a result) or `complete`. */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
}

export interface SseReader {
  /** The next message, or undefined if none arrives within `ms` or the stream has ended. */
  next(ms?: number): Promise<SseMessage | undefined>;
  /**
   * Messages that arrive within `ms` (to prove something was not delivered), or fewer once
   * `until` holds for those seen so far.
   */
  drain(ms: number, until?: (seen: readonly SseMessage[]) => boolean): Promise<SseMessage[]>;
  /** Hangs up, as a client that goes away. */
  close(): Promise<void>;
}

/** Parses one block; comment-only blocks (yoga's keep-alive pings, `:`) yield nothing. */
const messageOf = (block: string): SseMessage | undefined => {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
};

/**
 * Reads a `text/event-stream` response body message by message, in the background. Closing
 * aborts the request (the client hangs up) and waits for the stream to end. Subscribe over a
 * real socket: cancelling the body of an in-process Response races with the server's own close
 * inside Node 20's undici and throws an uncaught "ReadableStream is already closed".
 */
export const readSse = (response: Response, request: AbortController): SseReader => {
  const body = response.body;
  if (!body) throw new Error('The response has no body to stream.');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let text = '';

  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true }).replaceAll('\r\n', '\n');
        for (let cut = text.indexOf('\n\n'); cut >= 0; cut = text.indexOf('\n\n')) {
          const message = messageOf(text.slice(0, cut));
          text = text.slice(cut + 2);
          if (message) messages.push(message);
        }
        wake?.();
      }
    } catch {
      // Cancelled by close(), or the server went away: both simply end the stream.
    } finally {
      ended = true;
      wake?.();
    }
  })();

  const next = async (ms = 2000): Promise<SseMessage | undefined> => {
    const deadline = Date.now() + ms;
    while (messages.length === 0 && !ended && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
    return messages.shift();
  };

  return {
    next,
    drain: async (ms, until) => {
      const deadline = Date.now() + ms;
      const seen: SseMessage[] = [];
      for (;;) {
        const message = await next(Math.max(deadline - Date.now(), 0));
        if (!message) return seen;
        seen.push(message);
        if (until?.(seen)) return seen;
      }
    },
    close: async () => {
      request.abort();
      const deadline = Date.now() + 2000;
      while (!ended && Date.now() < deadline) await next(deadline - Date.now());
    },
  };
};

/**
 * Subscribes at a server (`origin`, e.g. `http://127.0.0.1:4000`) over GraphQL-over-SSE, with the
 * token as bearer where there is one: the response, and the controller that hangs up.
 */
export const openSubscription = async (
  origin: string,
  token: string | undefined,
  body: { readonly query: string; readonly variables?: Record<string, unknown> },
) => {
  const request = new AbortController();
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    signal: request.signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  return { response, request };
};
