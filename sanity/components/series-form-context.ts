import { createContext } from 'react';

/**
 * True inside a series form's parts list, whose items carry their part number beside them: post
 * previews there leave the part out of their subtitle rather than say it twice.
 */
export const SeriesFormContext = createContext(false);
