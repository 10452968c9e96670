/*
 * `public/_headers` (Netlify and Cloudflare Pages syntax) is where the site's response headers
 * are stated. These helpers read it, so the pages' <meta> policy and the tests' server send
 * exactly what the file says.
 */

/** Headers by path pattern (`/*`, `/posts/*`), in file order. */
export type HeaderRules = Map<string, Record<string, string>>;

/**
 * Parses a `_headers` file: a line starting at column 0 is a path pattern, indented
 * `Name: value` lines under it are its headers, `#` lines are comments. Throws a `[headers]`
 * error naming the line for anything else, since a host would silently skip it.
 */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Record<string, string> | undefined;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? {};
      rules.set(line.trim(), current);
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!header?.[1] || !header[2] || !current) {
      throw new Error(
        `[headers] public/_headers line ${index + 1} is not "  Name: value" under a path: ${line.trim()}. Fix the line.`,
      );
    }
    current[header[1]] = header[2].trim();
  }
  return rules;
}

// A policy delivered in a <meta> tag ignores these (and Chromium logs an error for each).
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The Content-Security-Policy of the `/*` rule, minus the directives a `<meta http-equiv>`
 * cannot carry. Throws a `[headers]` error when the file sets no policy for `/*`.
 */
export function metaContentSecurityPolicy(rules: HeaderRules): string {
  const policy = rules.get('/*')?.['Content-Security-Policy'];
  if (!policy) {
    throw new Error(
      '[headers] public/_headers sets no Content-Security-Policy for /*. Restore the policy; every page depends on it.',
    );
  }
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}
