// Screenshots for people to look at (not compared by any test): the onboarding and program pages
// on a 375px phone and a 1280px desktop, light and dark, through the real `amends serve`.
//
//   npx tsx apps/web/e2e/screenshots.ts [folder]      (default /tmp/shots)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { ensureBuilt, makeDataDir, startAmends } from './support/server.js';

const folder = process.argv[2] ?? '/tmp/shots';

const sizes = [
  { tag: 'phone', viewport: { width: 375, height: 812 } },
  { tag: 'desktop', viewport: { width: 1280, height: 860 } },
] as const;
const schemes = ['light', 'dark'] as const;

async function deleteJourneys(page: Page, url: string) {
  const response = await page.request.get(`${url}/api/journeys`);
  const { journeys } = (await response.json()) as { journeys: { id: string }[] };
  for (const journey of journeys) await page.request.delete(`${url}/api/journeys/${journey.id}`);
}

async function capture(
  browser: Browser,
  url: string,
  tag: string,
  viewport: { width: number; height: number },
  scheme: 'light' | 'dark',
) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const shot = async (name: string, options: { fullPage?: boolean; top?: boolean } = {}) => {
    if (options.top === true) await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
    await page.screenshot({
      path: join(folder, `${name}-${tag}-${scheme}.png`),
      fullPage: options.fullPage ?? false,
    });
  };
  try {
    await deleteJourneys(page, url);
    await page.goto(url);
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
}

ensureBuilt();
mkdirSync(folder, { recursive: true });
const data = makeDataDir();
const server = await startAmends(data.dir);
const browser = await launchBrowser();
try {
  for (const scheme of schemes) {
    for (const size of sizes) await capture(browser, server.url, size.tag, size.viewport, scheme);
  }
  console.log(`Screenshots are in ${folder}`);
} finally {
  await browser.close();
  await server.stop();
  data.remove();
}
