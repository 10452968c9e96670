import { describe, expect, it } from 'vitest';
import { assertUniqueIds, readDatasetExport } from '../../src/lib/sanity/dataset-export.ts';
import { baseDocuments, post, writeExport } from '../support/dataset-builder.ts';

const lines = (...ids: (string | undefined)[]) => ids;

describe('assertUniqueIds', () => {
  it.each([
    ['distinct ids', lines('a', 'b', 'c')],
    ['a draft beside its published document', lines('post-1', 'drafts.post-1')],
    ['a release version beside its published document', lines('post-1', 'versions.r1.post-1')],
    ['nothing', []],
  ])('accepts %s', (_, documents) => {
    expect(() => assertUniqueIds(documents, 'export.tar.gz')).not.toThrow();
  });

  it.each([
    ['one id twice', lines('a', 'post-1', 'b', 'post-1'), /"post-1" on lines 2 and 4\./],
    ['one id three times', lines('x', 'x', 'y', 'x'), /"x" on lines 1, 2 and 4\./],
    ['an id around a blank line', lines('a', undefined, 'a'), /"a" on lines 1 and 3\./],
    ['a repeated draft', lines('drafts.a', 'drafts.a'), /"drafts\.a" on lines 1 and 2\./],
    ['two ids twice', lines('a', 'b', 'a', 'b'), /"a" on lines 1 and 3; "b" on lines 2 and 4\./],
  ])('names the _id and its lines for %s', (_, documents, places) => {
    expect(() => assertUniqueIds(documents, 'export.tar.gz')).toThrow(places);
  });

  it('says where, why and what to do', () => {
    expect(() => assertUniqueIds(lines('a', 'a'), '/backups/site.tar.gz')).toThrow(
      /^\[content\] data\.ndjson in "\/backups\/site\.tar\.gz" holds more than one document with the same _id, so one would silently replace the other: .* Keep one document per _id/,
    );
  });

  it('lists ten repeated ids and counts the rest', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `doc-${i}`);
    const message = (() => {
      try {
        assertUniqueIds(lines(...ids, ...ids), 'x');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message?.match(/"doc-\d+" on lines/g)).toHaveLength(10);
    expect(message).toMatch(/; and 2 more\./);
  });
});

describe('readDatasetExport', () => {
  it('refuses an export in which a post appears twice, naming both lines', async () => {
    // Lines 1–3 are the base documents, so the posts sit on lines 4, 5 and 6.
    const { folder } = await writeExport([
      ...baseDocuments(),
      post(1),
      post(2),
      post(1, { title: 'An older copy' }),
    ]);
    await expect(readDatasetExport(folder)).rejects.toThrow(/"post-1" on lines 4 and 6\./);
  });
});
