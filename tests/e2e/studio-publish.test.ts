import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../support/standin-store.ts';
import { useStudio } from './studio-app.ts';
import { publish, SETTLE_MS, storedDocument } from './studio-pages.ts';

/*
 * Publishing a post: what blocks it (alt text, named), and the date it goes out with. Each test
 * adds a never-published draft, `drafts.post-draft`, written five days ago from the sample post
 * `post-moral-injury`.
 */

const studio = useStudio();

const DAY_MS = 24 * 60 * 60 * 1000;
const ID = 'post-draft';
const TITLE = 'A draft from last week';

type Figure = { alt?: string; asset?: unknown };

/** The sample content plus the draft, its fields adjusted by `change`. */
function withDraft(change: (draft: StoredDocument) => StoredDocument): StoredDocument[] {
  const seed = studio.seed();
  const source = seed.find((doc) => doc._id === 'post-moral-injury') as StoredDocument;
  const created = new Date(Date.now() - 5 * DAY_MS).toISOString();
  const draft = {
    ...source,
    _id: `drafts.${ID}`,
    _rev: 'draft-rev',
    _createdAt: created,
    _updatedAt: created,
    title: TITLE,
    slug: { _type: 'slug', current: 'a-draft-from-last-week' },
    // What the Studio used to give every new post: the moment the draft was made.
    publishedAt: created,
  };
  return [...seed, change(draft)];
}

describe('a post whose image has no alt text', () => {
  it('cannot be published, names the field, and publishes once it is fixed', async () => {
    const documents = withDraft((draft) => {
      const { alt: _none, ...image } = draft.mainImage as Figure;
      return { ...draft, mainImage: image };
    });
    await studio.withStudio(documents, `/structure/post;${ID}`, async ({ page, standin, screenshot }) => {
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByRole('button', { name: 'Validation' }).click();
      const problem = page.getByText('Hero image / Alt text');
      await problem.waitFor({ timeout: SETTLE_MS });
      expect(await page.getByTestId('action-publish').isDisabled(), 'Publish is disabled').toBe(true);
      await problem.click();
      await screenshot('validation-error');
      const alt = 'Soft fields of lavender and peach.';
      await page.getByTestId('field-mainImage.alt').locator('input').fill(alt);
      // As an editor sees it: the fix is saved to the draft before they publish. (Publishing
      // while an edit is still being saved is the Studio's own scheduling, not what this tests.)
      await storedDocument(standin, `drafts.${ID}`, (draft) => (draft.mainImage as Figure).alt === alt);
      await publish(page);
      const published = await storedDocument(standin, ID);
      expect((published.mainImage as Figure).alt).toBe(alt);
      expect(standin.document(`drafts.${ID}`), 'the draft became the published post').toBeUndefined();
    });
  });
});

const FUTURE = new Date(Date.now() + 30 * DAY_MS).toISOString();

// Which dates publishing replaces (empty, back-dated, …) is decided by `shouldStampPublishDate`,
// tested case by case in tests/unit/studio-publication.test.ts. Here, one date of each outcome
// proves the Studio's Publish runs that decision and saves its result.
describe('the publication date', () => {
  it.each([
    { left: 'as the draft was created', publishedAt: 'created', stored: 'the publish time' },
    { left: 'set in the future by the editor', publishedAt: FUTURE, stored: FUTURE },
  ])('left $left, is $stored once published', async ({ publishedAt, stored }) => {
    const documents = withDraft(({ publishedAt: created, ...draft }) => ({
      ...draft,
      publishedAt: publishedAt === 'created' ? created : publishedAt,
    }));
    await studio.withStudio(documents, `/structure/post;${ID}`, async ({ page, standin }) => {
      await page.getByRole('heading', { name: TITLE }).waitFor();
      if (publishedAt === FUTURE)
        await expect
          .poll(() => page.getByTestId('scheduled-note').textContent(), { timeout: SETTLE_MS })
          .toMatch(/^Scheduled — goes live \w+ \d{1,2}, \d{4} at the next build after it\.$/);
      const clicked = new Date().toISOString();
      await publish(page);
      const published = await storedDocument(standin, ID);
      if (stored === 'the publish time') expect(String(published.publishedAt) >= clicked).toBe(true);
      else expect(published.publishedAt).toBe(stored);
    });
  });
});
