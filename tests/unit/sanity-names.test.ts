import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/config.ts';

const REMOTE = { SITE_URL: 'https://example.org', SANITY_PROJECT_ID: 'abc123xy' };

describe('SANITY_PROJECT_ID and SANITY_DATASET', () => {
  it.each([
    ['a generated project id', { SANITY_PROJECT_ID: 'abc123xy' }],
    ['a project id with a dash', { SANITY_PROJECT_ID: 'my-project-1' }],
    ['the default dataset', {}],
    ['a dataset with "_" and "-"', { SANITY_DATASET: 'staging_2-eu' }],
    ['a dataset name of 64 characters', { SANITY_DATASET: `d${'x'.repeat(63)}` }],
    ['a dataset alias', { SANITY_DATASET: '~production' }],
    ['surrounding spaces, trimmed', { SANITY_DATASET: ' production ' }],
  ])('accepts %s', (_, env) => {
    expect(readConfig({ ...REMOTE, ...env }).source.kind).toBe('remote');
  });

  it.each([
    ['SANITY_PROJECT_ID', 'ABC123XY', /is not a Sanity project id, which has only lowercase letters/],
    ['SANITY_PROJECT_ID', 'abc 123', /"abc 123" is not a Sanity project id/],
    ['SANITY_PROJECT_ID', 'abc.123', /"abc\.123" is not a Sanity project id/],
    ['SANITY_DATASET', 'Production', /"Production" is not a Sanity dataset name/],
    ['SANITY_DATASET', 'my dataset', /"my dataset" is not a Sanity dataset name/],
    [
      'SANITY_DATASET',
      '-staging',
      /"-staging" is not a Sanity dataset name, .*starting with a letter or digit/,
    ],
    ['SANITY_DATASET', `d${'x'.repeat(64)}`, /is not a Sanity dataset name, which has 1 to 64/],
    ['SANITY_DATASET', 'prod/../x', /"prod\/\.\.\/x" is not a Sanity dataset name/],
  ])('rejects %s=%j, naming the variable and the rule', (name, value, rule) => {
    const read = () => readConfig({ ...REMOTE, [name]: value });
    expect(read).toThrow(new RegExp(`^\\[config\\] Invalid environment: ${name}: `));
    expect(read).toThrow(rule);
  });
});
