import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StoredDocument } from '../support/standin-store.ts';
import type { StudioStandin } from '../support/studio-standin.ts';

/*
 * What the Studio's browser tests read and do on its pages, named for what an editor sees: a
 * desk list item, the parts of a series form, the post form's series banner, Publish.
 */

/**
 * How long a test waits for the Studio to show or save something before failing. Generous: up
 * to three Studios run at once (vitest's three workers), sharing two cores with the rest of the
 * suite, and a wait costs nothing when the Studio is quicker.
 */
export const SETTLE_MS = 30_000;

/** The desk list item (title and subtitle) that opens document `id`. */
export function deskItem(page: Page, id: string): Locator {
  return page.getByTestId('document-list-pane').locator(`a[href$=";${id}"]`);
}

/** Waits until the desk list item for `id` reads `title` over `subtitle`. */
export async function expectDeskItem(page: Page, id: string, title: string, subtitle: string): Promise<void> {
  const lines = deskItem(page, id).locator('[data-testid="default-preview__header"] > *');
  await expect.poll(() => lines.allTextContents(), { timeout: SETTLE_MS }).toEqual([title, subtitle]);
}

/**
 * The parts list of the open series form, each as "<badge> · <title>", top to bottom. Scrolls it
 * into view first: the array input renders only the items on screen.
 */
export async function seriesParts(page: Page): Promise<string[]> {
  const field = page.getByTestId('field-parts');
  await field.scrollIntoViewIfNeeded();
  const items = field.locator('[data-index]');
  return items.evaluateAll((elements) =>
    elements.map((element) => {
      const badge = element.querySelector('[data-testid="part-number"]')?.textContent ?? '?';
      const title = element.querySelector('[data-testid="default-preview__header"] span')?.textContent ?? '?';
      return `${badge} · ${title}`;
    }),
  );
}

/**
 * Moves the series form's part at `from` (0-based) one place up, with the keyboard as an editor
 * without a mouse would: the drag handle, space to lift, arrow up, space to drop. Each key waits
 * for the drag library's spoken announcement of the step before it, as a screen reader user would.
 */
export async function movePartUp(page: Page, from: number): Promise<void> {
  const parts = page.getByTestId('field-parts');
  await parts.scrollIntoViewIfNeeded();
  await parts.locator('[data-ui="DragHandleButton"]').nth(from).focus();
  const announcement = parts.locator('[role="status"][aria-live]');
  for (const [key, said] of [
    // Lifted: "… was picked up", or hovering over its own place.
    ['Space', /item (\S+) was (picked up|moved over droppable area \1\.)/i],
    // Over another part's place.
    ['ArrowUp', /item (\S+) was moved over droppable area (?!\1\.)/i],
    ['Space', /was dropped/i],
  ] as const) {
    await page.keyboard.press(key);
    await expect.poll(() => announcement.textContent(), { timeout: SETTLE_MS }).toMatch(said);
  }
}

/** The post form's banner naming its series and part ("Part II of III in …"). */
export function seriesBanner(page: Page): Locator {
  return page.getByTestId('series-placement');
}

/** Waits until the stand-in holds document `id` and `accept` is true of it; returns it. */
export async function storedDocument(
  standin: StudioStandin,
  id: string,
  accept: (doc: StoredDocument) => boolean = () => true,
): Promise<StoredDocument> {
  try {
    await expect
      .poll(
        () => {
          const doc = standin.document(id);
          return doc !== undefined && accept(doc);
        },
        { timeout: SETTLE_MS, message: `the stand-in to hold "${id}" as expected` },
      )
      .toBe(true);
  } catch (error) {
    // What the Studio did send is the first clue to why it did not save.
    const last = standin.requests.slice(-8).map((request) => `${request.method} ${request.path}`);
    throw new Error(
      `${(error as Error).message}\nThe stand-in's last requests: ${last.join(', ') || 'none'}`,
      {
        cause: error,
      },
    );
  }
  return standin.document(id) as StoredDocument;
}

/**
 * Runs the document action `name` from the form's actions menu ("…" beside Publish). The Studio
 * redraws its actions while a document settles, which can close the menu under the pointer; the
 * menu is then opened again, until {@link SETTLE_MS} has passed.
 */
export async function runMenuAction(page: Page, name: string): Promise<void> {
  const menu = page.getByTestId('action-menu-button');
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    try {
      await page.getByRole('menuitem', { name }).click({ timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Clicks Publish once the Studio allows it (validation done, edits saved). */
export async function publish(page: Page): Promise<void> {
  const button = page.getByTestId('action-publish');
  await expect
    .poll(() => button.isEnabled(), { timeout: SETTLE_MS, message: 'Publish to be enabled' })
    .toBe(true);
  await button.click();
}
