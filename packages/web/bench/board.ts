/**
 * How the recommendations board copes with 500 recommendations, beside the floor: the same 500
 * cards as static HTML with the app's stylesheet, no React, no data fetching. Run on demand:
 * `pnpm --filter @fahrplan/web bench` (builds first via turbo with `pnpm bench`).
 */
import type { Page } from 'playwright-core';
import { startApp } from '../e2e/harness/app.js';
import { launchBrowser, openPage } from '../e2e/harness/browser.js';

const COUNT = 500;
const ROUNDS = 3;

const progress = (label: string, done: number, total: number) => {
  if (done % 25 === 0 || done === total) process.stderr.write(`${label}: ${done}/${total}\n`);
};

const gql = async (url: string, token: string, query: string, variables = {}) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

/**
 * Scrolls to the bottom over ~2 s, one step a frame; returns each frame's duration in ms. A
 * string, because tsx would wrap named functions in a helper the page does not have.
 */
const SCROLL_FRAMES = `new Promise((resolve) => {
  window.scrollTo(0, 0);
  const frames = [];
  const step = Math.max(1, (document.documentElement.scrollHeight - window.innerHeight) / 120);
  let last = performance.now();
  let previousY = -1;
  requestAnimationFrame(function tick(now) {
    frames.push(now - last);
    last = now;
    // The bottom is where scrolling stops moving: off-screen cards change the height on the way.
    if (window.scrollY === previousY || frames.length > 1000) return resolve(frames.slice(1));
    previousY = window.scrollY;
    window.scrollBy(0, step);
    requestAnimationFrame(tick);
  });
})`;

const scrollFrames = (page: Page) => page.evaluate<number[]>(SCROLL_FRAMES);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const median = (values: number[]) => percentile(values, 50);

interface Figures {
  renderMs: number;
  frameP50: number;
  frameP95: number;
  longFrames: number;
  heapMb: number;
}

const measure = async (page: Page, open: () => Promise<void>): Promise<Figures> => {
  const started = Date.now();
  await open();
  await page.waitForFunction(
    (count) => document.querySelectorAll('article').length >= count,
    COUNT,
    {
      timeout: 60_000,
    },
  );
  const renderMs = Date.now() - started;
  const frames = await scrollFrames(page);
  const heap = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );
  return {
    renderMs,
    frameP50: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    longFrames: frames.filter((frame) => frame > 50).length,
    heapMb: heap / 1024 / 1024,
  };
};

const medianOf = (runs: Figures[]): Figures => ({
  renderMs: median(runs.map((run) => run.renderMs)),
  frameP50: median(runs.map((run) => run.frameP50)),
  frameP95: median(runs.map((run) => run.frameP95)),
  longFrames: median(runs.map((run) => run.longFrames)),
  heapMb: median(runs.map((run) => run.heapMb)),
});

const main = async () => {
  process.stderr.write('starting the app on a fresh database …\n');
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const fields = (await gql(
      app.url,
      app.tokens.team,
      '{ actionFields(first: 1) { edges { node { id } } } }',
    )) as {
      actionFields: { edges: { node: { id: string } }[] };
    };
    const actionField = fields.actionFields.edges[0]?.node.id ?? '';
    const existing = (await gql(
      app.url,
      app.tokens.team,
      '{ recommendations(first: 100) { edges { cursor } } }',
    )) as {
      recommendations: { edges: unknown[] };
    };
    const toAdd = COUNT - existing.recommendations.edges.length;
    for (let index = 0; index < toAdd; index += 1) {
      await gql(
        app.url,
        app.tokens.team,
        'mutation($input: DraftRecommendationInput!) { draftRecommendation(input: $input) { version } }',
        {
          input: {
            title: `Empfehlung ${index + 1} für den Lasttest`,
            body: 'Ein Absatz Text, wie ihn eine Handlungsempfehlung hat. '.repeat(4),
            actionFieldIds: [actionField],
          },
        },
      );
      progress('drafting recommendations', index + 1, toAdd);
    }

    const stylesheet = await (await fetch(`${app.url}/`)).text().then(async (html) => {
      const href = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
      return (await fetch(`${app.url}${href}`)).text();
    });
    const staticHtml = `<!doctype html><html lang="de"><head><style>${stylesheet}</style></head><body><main class="main"><div class="long-list">${Array.from(
      { length: COUNT },
      (_, index) =>
        `<article class="card"><h3><a href="#">Empfehlung ${index + 1} für den Lasttest</a></h3><p class="meta">Digitalisierung in der mittelständischen Industrie</p></article>`,
    ).join('')}</div></main></body></html>`;

    const board: Figures[] = [];
    const floor: Figures[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await openPage(browser, app, { role: 'team' });
      board.push(await measure(page, async () => void (await page.goto('/recommendations'))));
      await page.context().close();
      const plain = await openPage(browser, app);
      floor.push(await measure(plain, () => plain.setContent(staticHtml)));
      await plain.context().close();
      progress('rounds', round + 1, ROUNDS);
    }
    const a = medianOf(board);
    const b = medianOf(floor);
    const row = (label: string, x: number, y: number, digits = 1) =>
      `| ${label.padEnd(38)} | ${x.toFixed(digits).padStart(8)} | ${y.toFixed(digits).padStart(11)} |`;
    console.log(
      `\nRecommendations board with ${COUNT} items, medians of ${ROUNDS} rounds (headless Chromium)\n`,
    );
    console.log(
      `| ${'figure'.padEnd(38)} | ${'board'.padStart(8)} | ${'static HTML'.padStart(11)} |`,
    );
    console.log(`|${'-'.repeat(40)}|${'-'.repeat(9)}:|${'-'.repeat(12)}:|`);
    console.log(row('load and render all cards, ms', a.renderMs, b.renderMs, 0));
    console.log(row('scroll frame time p50, ms', a.frameP50, b.frameP50));
    console.log(row('scroll frame time p95, ms', a.frameP95, b.frameP95));
    console.log(row('frames over 50 ms while scrolling', a.longFrames, b.longFrames, 0));
    console.log(row('JS heap after scrolling, MB', a.heapMb, b.heapMb));
  } finally {
    await browser.close();
    await app.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
