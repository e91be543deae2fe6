import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { DestinationError, hostOf, isForbiddenAddress, resolveAllowed } from './address-guard.js';

export interface SendRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SendLimits {
  readonly allowPrivateAddresses: boolean;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

/** What one attempt came to: a status code when the receiver answered, else an error. */
export interface SendOutcome {
  readonly statusCode: number | null;
  readonly durationMs: number;
  /** Why it failed (for the log), null on a 2xx answer. */
  readonly error: string | null;
}

/**
 * The connection's own name resolution, checked: the address connected to is the address checked,
 * so a name that resolves differently a moment later (DNS rebinding) cannot slip through.
 */
const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    resolveAllowed(hostname, allowPrivate).then(
      (found) => {
        if (options.all) callback(null, found);
        else {
          const [first] = found;
          callback(null, first?.address ?? '', first?.family ?? 4);
        }
      },
      (error: Error) => callback(error, '', 4),
    );
  };

const errorText = (error: unknown): string => {
  if (error instanceof DestinationError) return error.problem;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
};

/**
 * POSTs one delivery: no redirects followed (a 3xx counts as a failure), the whole attempt within
 * `timeoutMs`, at most `maxResponseBytes` of the answer read. `signal` aborts it (shutdown).
 */
export const send = (
  { url, headers, body }: SendRequest,
  limits: SendLimits,
  signal?: AbortSignal,
): Promise<SendOutcome> => {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): SendOutcome => ({
    statusCode,
    durationMs: Math.round(performance.now() - started),
    error,
  });
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(done(null, 'INVALID_URL'));
      return;
    }
    // A literal IP address skips `lookup`: it is checked here.
    const host = hostOf(target);
    if (isIP(host) && !limits.allowPrivateAddresses && isForbiddenAddress(host)) {
      resolve(done(null, 'PRIVATE_ADDRESS'));
      return;
    }
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      lookup: guardedLookup(limits.allowPrivateAddresses),
      ...(signal ? { signal } : {}),
    });
    const timer = setTimeout(() => request.destroy(new Error('TIMEOUT')), limits.timeoutMs);
    const finish = (outcome: SendOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    request.on('error', (error) => finish(done(null, errorText(error))));
    request.on('response', (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        // Enough to know the answer; a receiver that talks on is cut off.
        if (read > limits.maxResponseBytes) response.destroy();
      });
      const status = response.statusCode ?? 0;
      const settle = () => {
        const ok = status >= 200 && status < 300;
        finish(
          done(
            status,
            ok ? null : status >= 300 && status < 400 ? 'REDIRECT_NOT_FOLLOWED' : `HTTP_${status}`,
          ),
        );
      };
      response.on('end', settle);
      response.on('close', settle);
      response.on('error', settle);
    });
    request.end(body);
  });
};
