import { createContext } from 'react';

/**
 * The part label ("Part II · Burnout, Slowly") the series form gives the post previews in its
 * parts list, from the order being edited. Null outside a series form: previews ask the facts.
 */
export const PartLabelContext = createContext<string | null>(null);
