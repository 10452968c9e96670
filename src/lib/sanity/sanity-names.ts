import { z } from 'zod';
import { DEFAULT_DATASET } from '../shared-settings.ts';

/*
 * The forms Sanity accepts for a project id and a dataset name, checked before the client is
 * made so that a typo is reported against the variable that holds it. @sanity/client checks
 * the same shapes, but its message names neither variable; ours are a little stricter
 * (lowercase throughout), as Sanity creates them and as its CDN URLs spell them.
 */

const PROJECT_ID = /^[a-z0-9-]+$/;
// A tilde marks a dataset alias (`~production`), which the API accepts in place of a name.
const DATASET_NAME = /^~?[a-z0-9][a-z0-9_-]{0,63}$/;

/** Why `id` cannot be a Sanity project id, or `undefined` when it can. */
export function projectIdProblem(id: string): string | undefined {
  if (PROJECT_ID.test(id)) return undefined;
  return `"${id}" is not a Sanity project id, which has only lowercase letters, digits and dashes (e.g. abc123xy); copy it from https://www.sanity.io/manage or sanity/sanity.cli.ts`;
}

/** Why `name` cannot be a Sanity dataset name, or `undefined` when it can. */
export function datasetProblem(name: string): string | undefined {
  if (DATASET_NAME.test(name)) return undefined;
  return `"${name}" is not a Sanity dataset name, which has 1 to 64 lowercase letters, digits, "_" and "-", starting with a letter or digit (e.g. production)`;
}

// An environment variable checked by one of the rules above; its problem becomes the message.
const checkedBy = (problem: (value: string) => string | undefined) =>
  z
    .string()
    .trim()
    .refine((value) => !problem(value), { error: (issue) => problem(issue.input as string) });

/** `SANITY_PROJECT_ID` as the config schema reads it: optional, and a project id when set. */
export const PROJECT_ID_VARIABLE = checkedBy(projectIdProblem).optional();

/** `SANITY_DATASET` as the config schema reads it: a dataset name, `production` by default. */
export const DATASET_VARIABLE = checkedBy(datasetProblem).default(DEFAULT_DATASET);
