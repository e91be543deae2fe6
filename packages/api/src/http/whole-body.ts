/**
 * A GraphQL answer read whole, so that it leaves in one write with its Content-Length. Passed on
 * as a stream, the Node adapter flushes the headers first and then writes the body in chunked
 * encoding: two or three socket writes and a web stream per request, which showed up as the
 * largest part of a small query's cost under load. Streams meant as streams (SSE, incremental
 * delivery) pass through untouched.
 */
export const wholeBody = async (response: Response): Promise<Response> => {
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || type.includes('text/event-stream') || type.includes('multipart/')) {
    return response;
  }
  return new Response(new Uint8Array(await response.arrayBuffer()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
