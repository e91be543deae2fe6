import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from './harness/app.js';
import {
  cspViolations,
  type Locale,
  screenshot,
  seriousA11yViolations,
  settled,
  WERKSTATT,
} from './harness/browser.js';
import { runningApp } from './harness/setup.js';

/**
 * Every screen reachable from the navigation (within the StrategieWerkstatt), plus the pages
 * behind its first links, the start page and the pages for unknown addresses.
 */
const SCREENS = [
  { name: 'start', path: '/' },
  { name: 'roadmap', path: `${WERKSTATT}/` },
  { name: 'recommendations', path: `${WERKSTATT}/recommendations` },
  { name: 'review', path: `${WERKSTATT}/recommendations/review`, internal: true },
  { name: 'meetings', path: `${WERKSTATT}/meetings` },
  { name: 'guidelines', path: `${WERKSTATT}/guidelines` },
  { name: 'guideline', path: `${WERKSTATT}/guidelines`, follow: `${WERKSTATT}/guidelines/` },
  { name: 'project-ideas', path: `${WERKSTATT}/project-ideas` },
  { name: 'measures', path: `${WERKSTATT}/measures` },
  { name: 'lagebild', path: `${WERKSTATT}/lagebild` },
  { name: 'action-fields', path: `${WERKSTATT}/action-fields` },
  { name: 'changes', path: `${WERKSTATT}/changes`, internal: true },
  { name: 'audit', path: `${WERKSTATT}/audit`, internal: true },
  { name: 'sign-in', path: '/sign-in' },
  { name: 'not-found', path: `${WERKSTATT}/gibt-es-nicht` },
  { name: 'process-not-found', path: '/p/gibt-es-nicht/' },
] as const;

const open = async (page: Page, screen: (typeof SCREENS)[number]) => {
  await page.goto(screen.path);
  await settled(page);
  if ('follow' in screen) {
    await page.locator(`main a[href^="${screen.follow}"]`).first().click();
    await page.waitForURL((url) => url.pathname.startsWith(screen.follow));
    await settled(page);
  }
};

describe('every screen', () => {
  const e2e = runningApp();

  const cases: { role?: Role; locale: Locale }[] = [
    { role: 'ministry', locale: 'de' },
    { role: 'ministry', locale: 'en' },
    { locale: 'de' },
  ];
  for (const { role, locale } of cases) {
    it(`passes axe for ${role ?? 'anonymous'} in ${locale}, wide and at 360 px`, async () => {
      for (const width of [1280, 360]) {
        const page = await e2e.page({ ...(role ? { role } : {}), locale, width });
        const refused = cspViolations(page);
        for (const screen of SCREENS) {
          if ('internal' in screen && !role) continue;
          await open(page, screen);
          const violations = await seriousA11yViolations(page);
          expect({ screen: screen.name, width, violations }).toEqual({
            screen: screen.name,
            width,
            violations: [],
          });
          // Nothing wider than the screen: no sideways scrolling of the page itself.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect({ screen: screen.name, width, overflow }).toEqual({
            screen: screen.name,
            width,
            overflow: 0,
          });
          // The served Content-Security-Policy lets every screen run as it is.
          expect({ screen: screen.name, refused }).toEqual({ screen: screen.name, refused: [] });
          if (width === 1280 && role) await screenshot(page, `screen-${screen.name}`, locale);
        }
        await page.context().close();
      }
    }, 240_000); // 12 screens × 2 widths, each checked by axe: minutes on a busy machine
  }
});
