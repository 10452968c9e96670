import { type ClientConfig, createClient, type SanityClient } from '@sanity/client';
import type { SanityEmulator } from './sanity-emulator.ts';

/**
 * A real `@sanity/client` pointed at the emulator, retries off; `config` overrides any of it.
 * `apiHost` alone is not enough: without `useProjectHostname: false` the client prefixes the
 * project id to the host.
 */
export function emulatorClient(emulator: SanityEmulator, config: Partial<ClientConfig> = {}): SanityClient {
  return createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-02-19',
    useCdn: false,
    apiHost: emulator.url,
    useProjectHostname: false,
    maxRetries: 0,
    ...config,
  });
}
