import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phone, watchProblems } from './support/browser.js';
import { ensureBuilt, makeDataDir, startAmends, type RunningAmends } from './support/server.js';

// Locators go by role and accessible name, so each one is also a check that the control is labelled.

let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A server on a fresh data folder, and a way to clean both up. */
async function freshServer() {
  const data = makeDataDir();
  let server: RunningAmends = await startAmends(data.dir);
  return {
    get server() {
      return server;
    },
    dataDir: data.dir,
    /** Stops the server and starts it again on the same data and port. */
    restart: async () => {
      await server.stop();
      server = await startAmends(data.dir, server.port);
    },
    cleanup: async () => {
      await server.stop();
      data.remove();
    },
  };
}

const step = (page: Page, number: number) =>
  page.getByRole('article', { name: new RegExp(`^Step ${number}:`) });
const statusRadio = (page: Page, number: number, label: 'Not started' | 'Started' | 'Done') =>
  step(page, number).getByRole('radio', { name: label, exact: true });

/** Problems that matter: script errors and blocked resources, not the refused connections we cause. */
const serious = (problems: string[]) =>
  problems.filter((problem) => !/Failed to load resource/.test(problem));

describe('onboarding and the program', () => {
  it('onboards on a phone, keeps step status across a server restart, and rolls back a failed change', async () => {
    const amends = await freshServer();
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      await page.goto(amends.server.url);

      await page.getByRole('heading', { level: 1, name: /make things right/ }).waitFor();
      await page.getByRole('button', { name: 'Begin' }).click();

      await page.getByRole('textbox', { name: 'What is their first name, or a nickname?' }).fill('Alex');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page
        .getByRole('textbox', { name: 'What happened with Alex?' })
        .fill('I lied about where I was for months, and when Alex asked me straight out I denied it.');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('textbox', { name: 'Roughly when was this?' }).fill('Last spring');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('radio', { name: 'A little' }).check();
      await page.getByRole('button', { name: 'Start my program' }).click();

      await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/program');
      expect(await page.getByRole('article').count()).toBe(10);
      for (let number = 1; number <= 10; number += 1) {
        expect(await statusRadio(page, number, 'Not started').isChecked()).toBe(true);
      }
      const situation = page.getByRole('region', { name: 'Your situation' });
      await situation.getByText('Alex').waitFor();
      await situation.getByText('A little contact').waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Program' }).waitFor();

      await statusRadio(page, 1, 'Started').check();
      await step(page, 1).getByRole('status').getByText('Saved').waitFor();
      await statusRadio(page, 2, 'Done').check();
      await step(page, 2).getByRole('status').getByText('Saved').waitFor();
      await page.getByText('2 of 10 started, 1 done').waitFor();

      // The server goes away: a change shows at once, then rolls back and says why.
      await amends.server.stop();
      // click, not check: the radio is meant to end up unchecked again.
      await statusRadio(page, 3, 'Started').click();
      const alert = step(page, 3).getByRole('alert');
      await alert.getByText(/wasn’t saved, so step 3 is back to “Not started”/).waitFor();
      await alert.getByText(/can’t reach its server/).waitFor();
      expect(await statusRadio(page, 3, 'Not started').isChecked()).toBe(true);

      // Same data folder, same port: after a reload everything saved is still there.
      await amends.restart();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();
      expect(await statusRadio(page, 1, 'Started').isChecked()).toBe(true);
      expect(await statusRadio(page, 2, 'Done').isChecked()).toBe(true);
      expect(await statusRadio(page, 3, 'Not started').isChecked()).toBe(true);
      await step(page, 1).getByText('Started', { exact: true }).first().waitFor();
      await page.getByText('2 of 10 started, 1 done').waitFor();

      // If the page loads but the API doesn't answer, it says so and offers a retry that works.
      await page.route('**/api/journeys', (route) => route.abort('connectionrefused'));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Amends isn’t answering right now' }).waitFor();
      await page.unroute('**/api/journeys');
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();
      expect(await statusRadio(page, 2, 'Done').isChecked()).toBe(true);

      // After a retry, focus is on the page's heading rather than lost.
      expect(await page.locator(':focus').textContent()).toBe('Your program');

      // Keyboard: the skip link comes first and lands in main; a status changes with the arrow keys.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Your program' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.locator(':focus').textContent()).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.locator(':focus').getAttribute('id')).toBe('main');
      await statusRadio(page, 4, 'Not started').focus();
      await page.keyboard.press('ArrowRight');
      await step(page, 4).getByRole('status').getByText('Saved').waitFor();
      expect(await statusRadio(page, 4, 'Started').isChecked()).toBe(true);
      await page.getByText('3 of 10 started, 1 done').waitFor();

      expect(serious(problems)).toEqual([]);
    } finally {
      await context.close();
      await amends.cleanup();
    }
  });

  it('says clearly what is missing when the name is empty, and never loses what was typed', async () => {
    const amends = await freshServer();
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      await page.goto(amends.server.url);
      await page.getByRole('button', { name: 'Begin' }).click();

      const name = page.getByRole('textbox', { name: 'What is their first name, or a nickname?' });
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Add their first name or a nickname.', { exact: false }).waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      // The message is tied to the field, and focus is on the field to fix.
      const errorId = (await name.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/Add their first name/);
      expect(await page.locator(':focus').getAttribute('id')).toBe(await name.getAttribute('id'));

      await name.fill('Alex');
      // The message goes as soon as the person fixes it.
      expect(await page.getByText('Add their first name or a nickname.', { exact: false }).count()).toBe(0);
      await page.getByRole('button', { name: 'Continue' }).click();
      const what = page.getByRole('textbox', { name: 'What happened with Alex?' });
      const story = 'I broke a promise I had made to Alex, and then I hid it.';
      await what.fill(story);

      // Back to the name, empty it, try to go on: stopped with the message, the story still kept.
      await page.getByRole('button', { name: 'Back' }).click();
      await name.fill('');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Add their first name or a nickname.', { exact: false }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/start/name');

      // A reload (or a closed tab) keeps the answers on this device.
      await page.reload();
      await name.waitFor();
      await name.fill('Alex');
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await what.inputValue()).toBe(story);

      // Nothing was created on the server.
      const response = await page.request.get(`${amends.server.url}/api/journeys`);
      expect(((await response.json()) as { journeys: unknown[] }).journeys).toEqual([]);

      expect(serious(problems)).toEqual([]);
    } finally {
      await context.close();
      await amends.cleanup();
    }
  });
});
