import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';

/** 1 MiB: the largest real document is a few kilobytes; inputs travel as variables beside it. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses an oversized body with 413 before anything reads it whole: by Content-Length at once,
 * or while streaming a chunked body.
 */
export const graphqlBodyLimit = (maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const kib = Math.floor(maxBytes / 1024);
      const message =
        localeOf(c) === 'en'
          ? `The request body is too large: at most ${kib} KiB.`
          : `Die Anfrage ist zu groß: höchstens ${kib} KiB.`;
      return graphqlErrorResponse(c, 413, 'REQUEST_ENTITY_TOO_LARGE', message);
    },
  });
