import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** The budget for what a first visit downloads before the app can run. */
const INITIAL_JS_BUDGET = 250 * 1024;

describe('the built app', () => {
  it('loads less than 250 kB of gzipped JavaScript initially', async () => {
    const html = await readFile(`${DIST}index.html`, 'utf8');
    // Entry scripts and the chunks they preload: everything needed before the first screen.
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(initial.length).toBeGreaterThan(0);
    const sizes = await Promise.all(
      initial.map(async (file) => gzipSync(await readFile(`${DIST}${file}`)).length),
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(
      `initial JavaScript: ${(total / 1024).toFixed(1)} kB gzipped in ${initial.length} file(s)`,
    );
    expect(total).toBeLessThan(INITIAL_JS_BUDGET);
  });
});
