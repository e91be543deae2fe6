import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

/**
 * The web app as a browser gets it: compressed by Accept-Encoding, hashed assets cached for a
 * year, the page revalidated, no source maps, and security headers on every response.
 */
const INDEX =
  '<!doctype html><html lang="de"><script type="module" src="/assets/index-Ab12.js"></script></html>';
const SCRIPT = `console.log(${JSON.stringify('Fahrplan '.repeat(500))});`;

let test: TestDatabase;
let app: Hono;
let webRoot: string;

beforeAll(async () => {
  // A build as the web app's vite config writes it: each text file with its .br and .gz.
  webRoot = mkdtempSync(join(tmpdir(), 'fahrplan-web-'));
  mkdirSync(join(webRoot, 'assets'));
  const write = (path: string, content: string) => {
    writeFileSync(join(webRoot, path), content);
    writeFileSync(join(webRoot, `${path}.br`), brotliCompressSync(content));
    writeFileSync(join(webRoot, `${path}.gz`), gzipSync(content));
  };
  write('index.html', INDEX);
  write('assets/index-Ab12.js', SCRIPT);
  // A stray map (an old build): it must still not be public.
  writeFileSync(join(webRoot, 'assets/index-Ab12.js.map'), '{"sources":["secret.ts"]}');
  test = await createTestDatabase();
  app = compose(test.database, { webRoot }).app;
});

afterAll(async () => {
  await test.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('when a browser asks for a hashed script', () => {
  it('gets Brotli when it accepts it, cached for a year', async () => {
    const response = await get('/assets/index-Ab12.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('gets gzip when it accepts only gzip', async () => {
    const response = await get('/assets/index-Ab12.js', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('gets the plain file when it accepts no compression', async () => {
    const response = await get('/assets/index-Ab12.js');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(SCRIPT);
  });
});

describe('when a browser asks for the page', () => {
  it.each(['/', '/recommendations/abc'])(
    '%s is index.html, revalidated every time',
    async (path) => {
      const response = await get(path, { 'accept-encoding': 'br' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(
        INDEX,
      );
    },
  );
});

describe('when someone asks for a source map or a missing asset', () => {
  it.each(['/assets/index-Ab12.js.map', '/assets/missing-123.js'])(
    '%s is 404, not the page',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret.ts');
    },
  );
});

describe('on every response', () => {
  it.each([
    ['/', 'the page'],
    ['/assets/index-Ab12.js', 'an asset'],
    ['/healthz', 'health'],
    ['/graphql?query=%7B__typename%7D', 'GraphQL'],
    ['/assets/index-Ab12.js.map', 'a refusal'],
  ])('%s (%s) carries the security headers', async (path) => {
    const response = await get(path, { accept: 'application/json' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('gives GraphiQL the policy its page needs, still not framable', async () => {
    const response = await get('/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('GraphiQL');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-inline' https://unpkg.com");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
