/** The part of autocannon 8's programmatic API the write load uses (it ships no types). */
declare module 'autocannon' {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Step<Context> {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    /** A falsy return restarts the connection's sequence from the first step. */
    setupRequest?: (request: Request, context: Context) => Request | null | undefined;
    onResponse?: (status: number, body: string, context: Context) => void;
  }
  interface Options<Context> {
    url: string;
    connections: number;
    duration: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: Step<Context>[];
    initialContext?: Context;
  }
  interface Histogram {
    readonly p50: number;
    readonly p99: number;
  }
  interface Result {
    readonly duration: number;
    readonly requests: { readonly total: number };
    readonly latency: Histogram;
    readonly non2xx: number;
    readonly errors: number;
    readonly timeouts: number;
  }
  export default function autocannon<Context>(options: Options<Context>): Promise<Result>;
}
