import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { ensureBuilt, makeDataDir, startAmends, type RunningAmends } from './support/server.js';

// Screenshots for looking at, not for comparing: set AMENDS_SHOTS to a folder to take them,
// e.g. `AMENDS_SHOTS=/tmp/shots npm run test:e2e`.
const folder = process.env['AMENDS_SHOTS'];

const sizes = [
  { tag: 'phone', viewport: { width: 375, height: 812 } },
  { tag: 'desktop', viewport: { width: 1280, height: 860 } },
] as const;
const schemes = ['light', 'dark'] as const;

describe.skipIf(folder === undefined || folder === '')('screenshots', () => {
  let browser: Browser;
  let server: RunningAmends;
  let removeData: () => void;

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(folder ?? '', { recursive: true });
    const data = makeDataDir();
    removeData = data.remove;
    server = await startAmends(data.dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    removeData?.();
  });

  async function deleteJourneys(page: Page) {
    const response = await page.request.get(`${server.url}/api/journeys`);
    const { journeys } = (await response.json()) as { journeys: { id: string }[] };
    for (const journey of journeys) await page.request.delete(`${server.url}/api/journeys/${journey.id}`);
  }

  for (const scheme of schemes) {
    for (const size of sizes) {
      it(`${size.tag}, ${scheme}`, async () => {
        const context = await browser.newContext({
          viewport: size.viewport,
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        const shot = async (name: string, options: { fullPage?: boolean; top?: boolean } = {}) => {
          if (options.top === true) {
            await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
          }
          await page.screenshot({
            path: join(folder ?? '', `${name}-${size.tag}-${scheme}.png`),
            fullPage: options.fullPage ?? false,
          });
        };
        try {
          await deleteJourneys(page);
          await page.goto(server.url);
          await page.getByRole('button', { name: 'Begin' }).waitFor();
          await shot('01-welcome');
          await page.getByRole('button', { name: 'Begin' }).click();
          await page.getByRole('button', { name: 'Continue' }).click();
          await shot('02-name-error');
          await page.getByRole('textbox', { name: /first name/ }).fill('Sam');
          await page.getByRole('button', { name: 'Continue' }).click();
          await page
            .getByRole('textbox', { name: /What happened/ })
            .fill(
              'I read her messages without asking, more than once, and lied about it when she asked me directly. When it came out I made it about her trust issues instead of owning it.',
            );
          await shot('03-what-happened');
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.getByRole('textbox', { name: /when/ }).fill('Last spring');
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.getByRole('radio', { name: 'A little' }).check();
          await shot('04-contact');
          await page.getByRole('button', { name: 'Start my program' }).click();
          await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();

          const step = (n: number) => page.getByRole('article', { name: new RegExp(`^Step ${n}:`) });
          await step(1).getByRole('radio', { name: 'Done', exact: true }).check();
          await step(2).getByRole('radio', { name: 'Started', exact: true }).check();
          await step(2).getByRole('status').getByText('Saved').waitFor();
          await shot('05-program', { top: true });
          await shot('06-program-full', { fullPage: true, top: true });
          await page.getByRole('button', { name: 'Edit your situation' }).click();
          await shot('07-edit-situation');
          await page.getByRole('link', { name: 'Situation' }).click();
          await page.getByRole('heading', { level: 1, name: 'Your situation' }).waitFor();
          await shot('08-situation', { fullPage: true });
          await page.route('**/api/journeys', (route) => route.abort('connectionrefused'));
          await page.reload();
          await page.getByRole('button', { name: 'Try again' }).click();
          await page.getByText(/Still no answer/).waitFor();
          await shot('09-unavailable');
        } finally {
          await context.close();
        }
      });
    }
  }
});
