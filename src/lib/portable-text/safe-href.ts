const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the href if it is safe to put in a link — http(s), mailto, tel, or a site-relative
 * path or fragment — and `undefined` otherwise (`javascript:`, `data:`, garbage).
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  // They also read a backslash as "/", so "/\evil.example" is really "//evil.example".
  const probe = href.replace(/[\u0000-\u0020\u007F]/g, '').replaceAll('\\', '/');
  const trimmed = href.trim();
  if (!probe) return undefined;
  if (/^(\/(?!\/)|#)/.test(probe)) return trimmed.replaceAll('\\', '/');
  return SAFE_PROTOCOLS.has(URL.parse(probe)?.protocol ?? '') ? trimmed : undefined;
}

/**
 * The stricter rule for URLs that must be absolute (form actions, social profiles): only
 * http(s) survives, normalised; relative paths, `javascript:` and the rest are dropped.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  const url = value ? URL.parse(value) : null;
  return url?.protocol === 'https:' || url?.protocol === 'http:' ? url.href : undefined;
}
