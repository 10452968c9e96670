// Site-wide strings, as the starter keeps them: imported wherever a page needs them.
export const SITE_TITLE = 'Bench Blog';
export const SITE_DESCRIPTION = 'The same posts as Quire builds, as Markdown.';
