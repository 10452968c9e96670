import {
  type DocumentValidationMarker,
  type ValidationClient,
  validateDocumentWithWorkspace,
} from '@sanity/validation';
// The same en-US message catalogue validation falls back to when no Studio locale is loaded.
import { getFallbackLocaleSource } from '@sanity/validation/_internal';
import { createSchema, type SanityClient, type SanityDocument } from 'sanity';
import { schemaTypes } from '../schemaTypes';

/** A stored document as far as validation cares: an id, a type and its fields. */
export type StoredDocument = { _id: string; _type: string; [field: string]: unknown };

/** One document's validation outcome. */
export interface DocumentReport {
  id: string;
  type: string;
  markers: DocumentValidationMarker[];
}

/**
 * `studio` reports what an editor sees in the Studio (errors block publishing, warnings do
 * not). `cli` is what `sanity documents validate` reports: fields unknown to the schema are
 * flagged too, but rules on object and image fields (slugs, figures) come out as warnings.
 */
export type ValidationEnvironment = 'studio' | 'cli';

/** The Studio's schema types compiled the way the Studio compiles them (built-in types included). */
export const studioSchema = createSchema({ name: 'default', types: schemaTypes });

/**
 * Runs the Studio's own validation rules on each document with `@sanity/validation`, the
 * package the Studio validates with. Rules that look at other documents (a post in one
 * series, unique slugs) and reference checks query through `client`, which must serve the
 * same dataset; only GROQ queries are sent, so a query API emulator is enough.
 */
export async function validateWithStudioRules(
  documents: StoredDocument[],
  client: ValidationClient,
  environment: ValidationEnvironment = 'studio',
): Promise<DocumentReport[]> {
  const getClient = ({ apiVersion }: { apiVersion: string }) =>
    // The structural ValidationClient is what custom validators receive as a SanityClient.
    client.withConfig({ apiVersion }) as unknown as SanityClient;
  const workspace = { schema: studioSchema, getClient, i18n: getFallbackLocaleSource() };
  const getDocumentExists = async ({ id }: { id: string }): Promise<boolean> =>
    client.fetch<boolean>('defined(*[_id == $id][0]._id)', { id });
  return Promise.all(
    documents.map(async (document) => ({
      id: document._id,
      type: document._type,
      markers: await validateDocumentWithWorkspace({
        // Validation reads only _id, _type and the fields, not the system fields it types.
        document: document as SanityDocument,
        workspace,
        getDocumentExists,
        environment,
      }),
    })),
  );
}
