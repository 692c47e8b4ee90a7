import type { Locator, Page } from 'playwright-core';

// One flow, two ways of working it: with the mouse (clicks and fills, as the per-area suites do) or with the
// keyboard only (Tab, Shift+Tab, Enter, Space, the arrow keys and typing; no click, no focus() from the test).
// A flow written against `Hands` runs both ways, so every cross-area flow is also proven operable by keyboard.

export type Input = 'mouse' | 'keyboard';

export interface Hands {
  readonly input: Input;
  /** Follows a link or presses a button. */
  press(target: Locator): Promise<void>;
  /** Replaces the text of a text box (or a number field) with `text`. */
  fill(target: Locator, text: string): Promise<void>;
  /** Ticks a checkbox or chooses a radio button (arrow keys within a radio group). */
  check(target: Locator): Promise<void>;
  /** Chooses the option of a select whose label matches `label` (arrow keys on the focused select). */
  choose(select: Locator, label: string | RegExp): Promise<void>;
  /** Sets a date field (`YYYY-MM-DD`): typed as headless Chromium lays its fields out, month, day, year. */
  date(target: Locator, isoDay: string): Promise<void>;
}

// Run in the page (the tests compile without the DOM types).
const isFocused = (element: unknown) =>
  (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === element;

async function focused(target: Locator): Promise<boolean> {
  return target.evaluate(isFocused).catch(() => false);
}

/**
 * Moves the focus to `target` as a keyboard user would: Tab forward, and when the target lies behind, Shift+Tab
 * back. Fails when neither reaches it (the element is not in the tab order).
 */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  await target.waitFor();
  if (await focused(target)) return;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press(key);
      if (await focused(target)) return;
    }
  }
  throw new Error(`Neither Tab nor Shift+Tab reached ${target.toString()}`);
}

/** The keyboard way into a radio group: Tab to its tabbable radio, then arrow keys until `target` is chosen. */
async function arrowToRadio(page: Page, target: Locator): Promise<void> {
  const name = await target.getAttribute('name');
  const inGroup = page.locator(`input[type="radio"][name="${name}"]`);
  const count = await inGroup.count();
  // The tabbable radio of the group is the checked one, or the first when none is.
  const checked = inGroup.locator(':scope:checked');
  await tabTo(page, (await checked.count()) ? checked : inGroup.first());
  for (let i = 0; i <= count; i += 1) {
    if (await target.isChecked()) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`The arrow keys never chose ${target.toString()}`);
}

async function arrowToOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  await tabTo(page, select);
  const matches = (text: string) =>
    typeof label === 'string' ? text.trim() === label : label.test(text.trim());
  const count = await select.locator('option').count();
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < count; i += 1) {
      if (matches((await select.locator('option:checked').textContent()) ?? '')) return;
      await page.keyboard.press(key);
    }
  }
  if (matches((await select.locator('option:checked').textContent()) ?? '')) return;
  throw new Error(`The arrow keys never chose ${String(label)} in ${select.toString()}`);
}

export function handsFor(page: Page, input: Input): Hands {
  if (input === 'mouse') {
    return {
      input,
      press: (target) => target.click(),
      fill: (target, text) => target.fill(text),
      async check(target) {
        // A visually hidden input (the star rating's radios) is chosen by clicking its label, as a person does.
        const box = await target.boundingBox();
        const id = await target.getAttribute('id');
        if (id && box && box.width < 2) await page.locator(`label[for="${id}"]`).click();
        else await target.check();
      },
      choose: async (select, label) => {
        const text = typeof label === 'string' ? label : undefined;
        if (text) {
          await select.selectOption({ label: text });
          return;
        }
        const options = await select.locator('option').allTextContents();
        const found = options.find((option) => (label as RegExp).test(option.trim()));
        if (found === undefined) throw new Error(`No option ${String(label)} in ${select.toString()}`);
        await select.selectOption({ label: found.trim() });
      },
      date: (target, isoDay) => target.fill(isoDay),
    };
  }
  return {
    input,
    async press(target) {
      await tabTo(page, target);
      await page.keyboard.press('Enter');
    },
    async fill(target, text) {
      await tabTo(page, target);
      await page.keyboard.press('ControlOrMeta+A');
      if (text) await page.keyboard.type(text);
      else await page.keyboard.press('Delete');
    },
    async check(target) {
      if ((await target.getAttribute('type')) === 'radio') {
        await arrowToRadio(page, target);
        return;
      }
      await tabTo(page, target);
      if (!(await target.isChecked())) await page.keyboard.press('Space');
    },
    choose: (select, label) => arrowToOption(page, select, label),
    async date(target, isoDay) {
      await tabTo(page, target);
      const [y, m, d] = isoDay.split('-');
      await page.keyboard.type(`${m}${d}${y}`, { delay: 30 });
    },
  };
}
