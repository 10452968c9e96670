import { presentText } from '../text/present-text.ts';

/**
 * A text field of the query's answer as pages may show it (`presentText`): `undefined` when
 * blank. TypeGen types the field as text, as the Studio does, but an export edited by hand or a
 * field whose type has since changed in the Studio may hold a number or an object: that value
 * is passed on unchanged, not dropped, so the entry contract reports it by document and field.
 */
export function readText(value: string | null | undefined): string | undefined {
  if (typeof value === 'string') return presentText(value);
  // Typed null or undefined here, which become undefined; any other kind goes on to the contract.
  return value ?? undefined;
}
