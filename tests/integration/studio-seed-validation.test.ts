import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DocumentReport,
  type StoredDocument,
  type ValidationEnvironment,
  validateWithStudioRules,
} from '../../sanity/lib/validate-documents';
import { readDatasetExport } from '../../src/lib/sanity/dataset-export';
import { emulatorClient, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator';

/*
 * Every document of the sample export (sanity/seed) must satisfy the Studio's own rules, as
 * Sanity's validation runs them: no errors and no warnings, in the Studio's view and in the
 * CLI's (which also flags fields the schema does not know). The export's `_sanityAsset`s are
 * turned into asset references, as `sanity dataset import` does, and the whole dataset is
 * served by the query API emulator so the cross-document rules see every document.
 */

const SEED = fileURLToPath(new URL('../../sanity/seed', import.meta.url));
const SEED_IDS = readFileSync(`${SEED}/data.ndjson`, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as StoredDocument)._id);

let emulator: SanityEmulator;
let contentDocuments: StoredDocument[];
const reports = new Map<ValidationEnvironment, Map<string, DocumentReport>>();

beforeAll(async () => {
  const { documents } = await readDatasetExport(SEED);
  contentDocuments = documents.filter((doc) => !doc._type.startsWith('sanity.'));
  emulator = await startSanityEmulator({ documents });
  const client = emulatorClient(emulator);
  for (const environment of ['studio', 'cli'] as const) {
    const results = await validateWithStudioRules(contentDocuments, client, environment);
    reports.set(environment, new Map(results.map((report) => [report.id, report])));
  }
});
afterAll(() => emulator?.close());

it('validates every document of data.ndjson (the export has no drafts to skip)', () => {
  expect(contentDocuments.map((doc) => doc._id).sort()).toEqual([...SEED_IDS].sort());
});

it('runs the cross-document rules against the dataset (series membership, slug uniqueness)', () => {
  const queries = emulator.requests.map((request) => request.query);
  expect(queries.some((query) => query.includes('parts[_ref in $posts]'))).toBe(true);
  expect(queries.some((query) => query.includes('slug.current == $slug'))).toBe(true);
});

describe.each(['studio', 'cli'] as const)('in the %s view', (environment) => {
  it.each(SEED_IDS)('%s has no validation errors or warnings', (id) => {
    const report = reports.get(environment)?.get(id);
    expect(report, `${id} was not validated`).toBeDefined();
    expect(report?.markers.map(({ level, message, path }) => ({ level, message, path }))).toEqual([]);
  });
});
