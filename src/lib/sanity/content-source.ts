import type { AssetPolicy } from './asset-policy.ts';

export type QueryParams = Record<string, unknown>;

/** The one boundary to Sanity: run a GROQ query with params, get JSON back. */
export interface ContentSource {
  /** Names the source in logs and errors, e.g. `Sanity project "abc" dataset "production"`. */
  readonly description: string;
  fetch(query: string, params?: QueryParams): Promise<unknown>;
  /** Where this source's images may be read from; an image URL from anywhere else is refused. */
  assetPolicy(): Promise<AssetPolicy>;
}
