import { createClient } from '@sanity/client';
import { of } from 'rxjs';
import type { AuthStore } from 'sanity';
import { API_VERSION } from '../env';
import { MissingProjectScreen } from './MissingProjectScreen';

/**
 * The sign-in step of a Studio built without a project id: never signed in, and the login screen
 * replaced by {@link MissingProjectScreen}. Sanity renders a workspace's login component before
 * anything else that needs the project, so the set-up message appears with no request made to
 * the placeholder project, and in the Studio's own frame rather than as a crash report.
 */
export function missingProjectAuth(projectId: string, dataset: string): AuthStore {
  // Never used for a request (nothing is signed in); Sanity's auth state requires a client.
  const client = createClient({ projectId, dataset, apiVersion: API_VERSION, useCdn: false });
  return {
    state: of({ authenticated: false, currentUser: null, client }),
    LoginComponent: MissingProjectScreen,
  };
}
