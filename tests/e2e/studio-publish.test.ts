import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../support/standin-store.ts';
import { useStudio } from './studio-app.ts';
import { publish, SETTLE_MS, storedDocument } from './studio-pages.ts';

/*
 * Publishing a post: what blocks it (alt text, named), and the date it goes out with. The sample
 * content gets one never-published draft per test, written five days ago from the sample post
 * `post-moral-injury`; each test publishes its own, so all three start from one Studio load.
 */

const studio = useStudio();

const DAY_MS = 24 * 60 * 60 * 1000;
const CREATED = new Date(Date.now() - 5 * DAY_MS).toISOString();
const FUTURE = new Date(Date.now() + 30 * DAY_MS).toISOString();

type Figure = { alt?: string; asset?: unknown };

/** Each test's draft: its id (the draft is `drafts.<id>`), title, publication date, alt text. */
const DRAFTS = {
  noAlt: { id: 'post-draft-no-alt', title: 'A draft without alt text', publishedAt: CREATED, alt: false },
  created: { id: 'post-draft', title: 'A draft from last week', publishedAt: CREATED, alt: true },
  future: { id: 'post-draft-future', title: 'A draft for next month', publishedAt: FUTURE, alt: true },
};

let documents: StoredDocument[] | undefined;

/** The sample content plus every test's draft; the same documents for each test, made once. */
function withDrafts(): StoredDocument[] {
  if (documents) return documents;
  const seed = studio.seed();
  const source = seed.find((doc) => doc._id === 'post-moral-injury') as StoredDocument;
  const { alt: _none, ...imageWithoutAlt } = source.mainImage as Figure;
  const drafts = Object.values(DRAFTS).map(({ id, title, publishedAt, alt }) => ({
    ...source,
    _id: `drafts.${id}`,
    _rev: 'draft-rev',
    _createdAt: CREATED,
    _updatedAt: CREATED,
    title,
    slug: { _type: 'slug', current: id },
    // CREATED is what the Studio used to give every new post: the moment the draft was made.
    publishedAt,
    mainImage: alt ? source.mainImage : imageWithoutAlt,
  }));
  documents = [...seed, ...drafts];
  return documents;
}

describe('a post whose image has no alt text', () => {
  it('cannot be published, names the field, and publishes once it is fixed', async () => {
    const { id, title } = DRAFTS.noAlt;
    await studio.withStudio(withDrafts(), `/structure/post;${id}`, async ({ page, standin, screenshot }) => {
      await page.getByRole('heading', { name: title }).waitFor();
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
      await storedDocument(standin, `drafts.${id}`, (draft) => (draft.mainImage as Figure).alt === alt);
      // Publish a moment after an edit, with a Content Lake slow to confirm: the Studio's save
      // of the publication date then falls due while Publish waits for the server. That once
      // dropped the publish without a word (sanity/actions/publish-with-date.ts).
      standin.store.latencyMs = 1_500;
      await publish(page);
      const published = await storedDocument(standin, id);
      expect((published.mainImage as Figure).alt).toBe(alt);
      expect(published.publishedAt, 'dated when published, not when drafted').not.toBe(CREATED);
      expect(standin.document(`drafts.${id}`), 'the draft became the published post').toBeUndefined();
    });
  });
});

// Which dates publishing replaces (empty, back-dated, …) is decided by `shouldStampPublishDate`,
// tested case by case in tests/unit/studio-publication.test.ts. Here, one date of each outcome
// proves the Studio's Publish runs that decision and saves its result.
describe('the publication date', () => {
  it.each([
    { left: 'as the draft was created', draft: DRAFTS.created, stored: 'the publish time' },
    { left: 'set in the future by the editor', draft: DRAFTS.future, stored: FUTURE },
  ])('left $left, is $stored once published', async ({ draft: { id, title }, stored }) => {
    await studio.withStudio(withDrafts(), `/structure/post;${id}`, async ({ page, standin }) => {
      await page.getByRole('heading', { name: title }).waitFor();
      if (stored === FUTURE)
        await expect
          .poll(() => page.getByTestId('scheduled-note').textContent(), { timeout: SETTLE_MS })
          .toMatch(/^Scheduled — goes live \w+ \d{1,2}, \d{4} at the next build after it\.$/);
      const clicked = new Date().toISOString();
      await publish(page);
      const published = await storedDocument(standin, id);
      if (stored === 'the publish time') expect(String(published.publishedAt) >= clicked).toBe(true);
      else expect(published.publishedAt).toBe(stored);
    });
  });
});
