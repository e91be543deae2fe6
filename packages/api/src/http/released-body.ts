/**
 * The same response, whose body calls `onEnd` once when it ends for any reason: read to the end,
 * cancelled (the client hung up), or failed. `stop` ends it from the server's side. `lastWords`,
 * asked when the body has been read to the end, may add a last chunk before it closes.
 */
export const withReleasedBody = (
  response: Response,
  onEnd: () => void,
  lastWords: () => string | undefined = () => undefined,
): { response: Response; stop: () => void } => {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const source = response.body;
  if (!source) {
    end();
    return { response, stop: () => {} };
  }
  const reader = source.getReader();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    pull: async (c) => {
      try {
        const { done, value } = await reader.read();
        if (done) {
          const last = lastWords();
          if (last) c.enqueue(new TextEncoder().encode(last));
          end();
          c.close();
        } else c.enqueue(value);
      } catch (error) {
        end();
        c.error(error);
      }
    },
    cancel: async (reason) => {
      end();
      await reader.cancel(reason).catch(() => {});
    },
  });
  return {
    response: new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    }),
    stop: () => {
      if (ended) return;
      end();
      controller?.error(new Error('The server ended the stream.'));
      void reader.cancel().catch(() => {});
    },
  };
};
