import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * The run's order of test files. vitest's own puts whole projects in name order (site, studio,
 * unit) and, without durations from an earlier run (a fresh CI clone), the largest files first.
 * On two workers that can leave a half-minute Studio file for the end, with the other worker
 * idle. Files that drive a browser or build sites go first, the Studio's slowest of all, and the
 * quick unit files fill in behind them.
 */

/** Lower runs earlier: path prefixes, slowest kind first; anything else runs last. */
const RANKS = ['tests/e2e/studio-', 'tests/e2e/', 'tests/integration/'];

function rank(spec: TestSpecification): number {
  const path = spec.moduleId.slice(spec.project.config.root.length).replace(/^\//, '');
  const index = RANKS.findIndex((prefix) => path.startsWith(prefix));
  return index === -1 ? RANKS.length : index;
}

/** vitest's sequencer with files ordered by {@link RANKS} first; its own order breaks ties. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: within a rank, files keep the base order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
