/*
 * The arguments of `npm run seed` and the `sanity dataset import` call they become. The seed
 * script adds the project, the dataset and `--missing` itself, so the editor's own choice of any
 * of them replaces the default instead of reaching the CLI twice ("Flag --dataset can only be
 * specified once"); anything else is passed through untouched.
 */

/** What the editor asked for on the command line. */
export interface SeedOptions {
  /** `--dataset <name>` / `-d <name>`, overriding SANITY_STUDIO_DATASET. */
  dataset?: string;
  /** `--project-id <id>` / `-p <id>`, overriding SANITY_STUDIO_PROJECT_ID. */
  projectId?: string;
  /** `--replace`: overwrite documents that exist (otherwise they are kept). */
  replace: boolean;
  /** `--yes` / `-y`: overwrite without asking. */
  yes: boolean;
  /** Every other argument, for the CLI as given. */
  passThrough: string[];
}

// Flags that take a value, by every spelling the CLI accepts, and the option each one sets.
const VALUE_FLAGS: Record<string, 'dataset' | 'projectId'> = {
  '--dataset': 'dataset',
  '-d': 'dataset',
  '--project-id': 'projectId',
  '--project': 'projectId',
  '-p': 'projectId',
};

/**
 * Reads `argv` (what follows `npm run seed --`). Values go as `--dataset x` or `--dataset=x`; a
 * repeated flag keeps its last value. Throws, naming the flag, when a value is missing.
 */
export function parseSeedArgs(argv: readonly string[]): SeedOptions {
  const options: SeedOptions = { replace: false, yes: false, passThrough: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag = '', inline] = arg.split(/=(.*)/s, 2);
    const target = VALUE_FLAGS[flag];
    if (target) {
      // A value given as the next argument is consumed with its flag.
      if (inline === undefined) index += 1;
      const value = inline ?? argv[index];
      if (!value || value.startsWith('-'))
        throw new Error(`[seed] ${flag} needs a value, e.g. \`npm run seed -- ${flag} staging\`.`);
      options[target] = value;
    } else if (arg === '--replace') options.replace = true;
    else if (arg === '--yes' || arg === '-y') options.yes = true;
    // The script decides between --missing and --replace; a second --missing would be refused.
    else if (arg !== '--missing') options.passThrough.push(arg);
  }
  return options;
}

/** The `sanity dataset import` arguments for `seedFile` into `projectId`/`dataset`. */
export function importArgs(
  seedFile: string,
  target: { projectId: string; dataset: string },
  options: Pick<SeedOptions, 'replace' | 'passThrough'>,
): string[] {
  return [
    'dataset',
    'import',
    seedFile,
    '--project-id',
    target.projectId,
    '--dataset',
    target.dataset,
    options.replace ? '--replace' : '--missing',
    ...options.passThrough,
  ];
}

/** Whether `--replace` may go ahead: at once (`--yes`), after asking, or not without `--yes`. */
export function replaceDecision(
  options: Pick<SeedOptions, 'replace' | 'yes'>,
  interactive: boolean,
): 'import' | 'ask' | 'refuse' {
  if (!options.replace || options.yes) return 'import';
  return interactive ? 'ask' : 'refuse';
}

const TYPE_ORDER = ['siteSettings', 'author', 'category', 'series', 'post'];
const TYPE_NAMES: Record<string, string> = {
  siteSettings: 'Site settings',
  author: 'Author',
  category: 'Category',
  series: 'Series',
  post: 'Post',
};

type SeedDocument = { _id: string; _type: string; title?: unknown; name?: unknown };

/**
 * One line per document the seed would overwrite, the ones an editor makes their own first:
 * `Site settings "The Examined Shift"`, `Author "Jordan Reyes"`, then categories, series, posts.
 * Asset documents (the images) are left out: replacing them changes nothing an editor wrote.
 */
export function describeSeedDocuments(documents: readonly SeedDocument[]): string[] {
  const rank = (type: string) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);
  return documents
    .filter((doc) => !doc._type.startsWith('sanity.'))
    .toSorted((a, b) => rank(a._type) - rank(b._type))
    .map((doc) => {
      const label = doc.title ?? doc.name;
      const name = typeof label === 'string' ? ` "${label}"` : '';
      return `${TYPE_NAMES[doc._type] ?? doc._type}${name} (${doc._id})`;
    });
}
