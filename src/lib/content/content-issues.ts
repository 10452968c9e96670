/** The fix for a field an editor simply has to fill in. */
export const STUDIO_FIX = 'Fix it in the Studio and publish again.';

/** One problem with one document: which document, which field, what is wrong and the fix. */
export interface ContentIssue {
  documentId: string;
  field: string;
  problem: string;
  fix: string;
}

/**
 * Collects content problems during a build. Errors stop the build (all of them reported at
 * once, so an editor fixes everything in one pass); warnings are logged and the page builds.
 */
export class ContentIssues {
  readonly errors: ContentIssue[] = [];
  readonly warnings: ContentIssue[] = [];

  error(documentId: string, field: string, problem: string, fix: string): void {
    this.errors.push({ documentId, field, problem, fix });
  }

  warn(documentId: string, field: string, problem: string, fix: string): void {
    this.warnings.push({ documentId, field, problem, fix });
  }

  /** An error "the <kind> has no <field>" for each field whose value is blank, with that field's fix. */
  requireFields(documentId: string, kind: string, fields: Record<string, readonly [unknown, string]>): void {
    for (const [field, [value, fix]] of Object.entries(fields)) {
      if (!value) this.error(documentId, field, `the ${kind} has no ${field}`, fix);
    }
  }
}

/** Formats an issue as one line: `[content] Document "post-42", field "slug": … . Fix …`. */
export function formatIssue(issue: ContentIssue): string {
  return `[content] Document "${issue.documentId}", field "${issue.field}": ${issue.problem}. ${issue.fix}`;
}

/** The error a build fails with when content cannot be rendered; lists every issue. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    const list = issues.map((issue) => `\n  - ${formatIssue(issue)}`).join('');
    super(`[content] The published content has ${count} the site cannot render; nothing was built.${list}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
