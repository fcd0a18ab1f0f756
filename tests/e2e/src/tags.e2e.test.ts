import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';

// Prix's lookup does not print a contract's tags: the editor finds them with the list's tag
// filter, so it starts from what the contract has, saving keeps what was not touched, and
// saving with nothing ticked asks before removing every tag.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** HANBIT-2025-002 was made from the supply template, which gives its contracts the tag 공급. */
const customKey = 'HANBIT-2025-002';
const title = '한빛소프트 기술지원 계약';

/** Looks the contract up afresh (a new card, a new editor) and waits until its tags are known. */
async function openTags(page: Page): Promise<Locator> {
  await lookUp(page, customKey);
  const card = page.getByRole('region', { name: title, exact: true });
  const form = card.locator('form.tags');
  await expect.poll(() => form.getAttribute('aria-busy')).toBe('false');
  return card;
}

const ticked = async (card: Locator) => {
  const boxes = card.getByRole('group', { name: 'Tags' }).getByRole('checkbox');
  const names: string[] = [];
  for (const box of await boxes.all()) {
    if (await box.isChecked()) names.push((await box.evaluate((input) => input.parentElement?.textContent)) ?? '');
  }
  return names;
};

it("starts from the contract's tags, keeps the untouched ones, and confirms before removing all", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Doyun Park');
  let card = await openTags(page);
  const tags = card.getByRole('group', { name: 'Tags' });
  expect(await ticked(card)).toEqual(['공급']);

  // Adding one keeps the other.
  await tags.getByRole('checkbox', { name: '데모' }).check();
  await card.getByRole('button', { name: 'Save tags' }).click();
  await expect.poll(() => card.getByRole('status').filter({ hasText: 'Saved with 2 tags.' }).count()).toBe(1);
  await page.reload();
  card = await openTags(page);
  expect(await ticked(card)).toEqual(['공급', '데모']);

  // Unticking one keeps the other.
  await card.getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name: '공급' }).uncheck();
  await card.getByRole('button', { name: 'Save tags' }).click();
  await expect.poll(() => card.getByRole('status').filter({ hasText: 'Saved with 1 tag.' }).count()).toBe(1);
  await page.reload();
  card = await openTags(page);
  expect(await ticked(card)).toEqual(['데모']);

  // Nothing ticked: a question first, and "keep them" changes nothing.
  await card.getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name: '데모' }).uncheck();
  await card.getByRole('button', { name: 'Save tags' }).click();
  const question = card.getByRole('alertdialog', { name: 'No tag is ticked. Remove every tag from this contract?' });
  await question.waitFor();
  const removeAll = question.getByRole('button', { name: 'Remove all' });
  await expect.poll(() => removeAll.evaluate((button) => button === document.activeElement)).toBe(true);
  await screenshot(page, 'tags-confirm-clear');
  await question.getByRole('button', { name: 'Keep them' }).click();
  await question.waitFor({ state: 'detached' });
  await page.reload();
  card = await openTags(page);
  expect(await ticked(card)).toEqual(['데모']);

  // Escape also backs out; then, asked again, "remove all" removes them.
  await card.getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name: '데모' }).uncheck();
  await card.getByRole('button', { name: 'Save tags' }).click();
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  await card.getByRole('button', { name: 'Save tags' }).click();
  await question.getByRole('button', { name: 'Remove all' }).click();
  await expect.poll(() => card.getByRole('status').filter({ hasText: 'All tags removed.' }).count()).toBe(1);
  await page.reload();
  card = await openTags(page);
  expect(await ticked(card)).toEqual([]);
  await context.close();
});
