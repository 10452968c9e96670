import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeSeedDocuments,
  importArgs,
  parseSeedArgs,
  replaceDecision,
} from '../../sanity/lib/seed-args';

const TARGET = { projectId: 'abc123xy', dataset: 'production' };

describe('parseSeedArgs', () => {
  it.each([
    [[], { replace: false, yes: false, passThrough: [] }],
    [['--dataset', 'staging'], { dataset: 'staging', replace: false, yes: false, passThrough: [] }],
    [['--dataset=staging'], { dataset: 'staging', replace: false, yes: false, passThrough: [] }],
    [
      ['-d', 'staging', '-p', 'xyz'],
      { dataset: 'staging', projectId: 'xyz', replace: false, yes: false, passThrough: [] },
    ],
    [['--project', 'xyz'], { projectId: 'xyz', replace: false, yes: false, passThrough: [] }],
    [['--replace', '--yes'], { replace: true, yes: true, passThrough: [] }],
    [['--replace', '-y'], { replace: true, yes: true, passThrough: [] }],
    // The last of a repeated flag wins, as it would for the CLI if it accepted repeats.
    [['--dataset', 'a', '--dataset', 'b'], { dataset: 'b', replace: false, yes: false, passThrough: [] }],
    // Other flags reach the CLI as given; --missing is the script's default already.
    [
      ['--allow-failing-assets', '--token=t', '--missing'],
      { replace: false, yes: false, passThrough: ['--allow-failing-assets', '--token=t'] },
    ],
  ])('%j', (argv, expected) => {
    expect(parseSeedArgs(argv)).toEqual(expected);
  });

  it.each([[['--dataset']], [['--dataset', '--replace']], [['-p']], [['--project-id=']]])(
    '%j is refused, naming the flag',
    (argv) => {
      expect(() => parseSeedArgs(argv)).toThrow(/^\[seed\] (--dataset|-p|--project-id) needs a value/);
    },
  );
});

describe('importArgs', () => {
  it.each([
    [['--dataset', 'staging'], 'staging'],
    [['--dataset=staging', '--replace', '--yes'], 'staging'],
    [[], 'production'],
  ])('%j names the dataset once: %s', (argv, dataset) => {
    const options = parseSeedArgs(argv);
    const args = importArgs(
      'seed/data.ndjson',
      { ...TARGET, dataset: options.dataset ?? TARGET.dataset },
      options,
    );
    expect(args.filter((arg) => arg === '--dataset' || arg.startsWith('--dataset='))).toEqual(['--dataset']);
    expect(args[args.indexOf('--dataset') + 1]).toBe(dataset);
  });

  it('keeps existing documents unless told to replace them, never both', () => {
    const keep = importArgs('seed/data.ndjson', TARGET, parseSeedArgs([]));
    const replace = importArgs('seed/data.ndjson', TARGET, parseSeedArgs(['--replace', '--yes']));
    expect([keep.includes('--missing'), keep.includes('--replace')]).toEqual([true, false]);
    expect([replace.includes('--missing'), replace.includes('--replace'), replace.includes('--yes')]).toEqual(
      [false, true, false],
    );
  });
});

describe('replaceDecision', () => {
  it.each([
    [{ replace: false, yes: false }, false, 'import'],
    [{ replace: true, yes: true }, false, 'import'],
    [{ replace: true, yes: false }, true, 'ask'],
    [{ replace: true, yes: false }, false, 'refuse'],
  ] as const)('%j, interactive %s → %s', (options, interactive, expected) => {
    expect(replaceDecision(options, interactive)).toBe(expected);
  });
});

describe('describeSeedDocuments', () => {
  it('names the sample documents, the ones an editor makes their own first, and no images', () => {
    const seed = readFileSync(new URL('../../sanity/seed/data.ndjson', import.meta.url), 'utf8');
    const lines = describeSeedDocuments(
      seed
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    );
    expect(lines.slice(0, 2)).toEqual([
      'Site settings "The Examined Shift" (siteSettings)',
      'Author "Jordan Reyes" (author-jordan-reyes)',
    ]);
    expect(lines).toContain('Post "Moral injury is not a resilience problem" (post-moral-injury)');
    expect(lines).toHaveLength(12);
  });
});
