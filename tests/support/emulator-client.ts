import { type ClientConfig, createClient, type SanityClient } from '@sanity/client';
import type { RemoteSourceConfig } from '../../src/lib/config.ts';
import type { ContentSource } from '../../src/lib/sanity/content-source.ts';
import { createRemoteSource } from '../../src/lib/sanity/remote-source.ts';
import { SANITY_API_VERSION } from '../../src/lib/shared-settings.ts';
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
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    apiHost: emulator.url,
    useProjectHostname: false,
    maxRetries: 0,
    ...config,
  });
}

/**
 * The site's own remote content source pointed at the emulator (project "quiretest"), retries
 * off; `overrides` replace any setting.
 */
export function emulatorSource(
  emulator: SanityEmulator,
  overrides: Partial<RemoteSourceConfig> = {},
): ContentSource {
  return createRemoteSource({
    kind: 'remote',
    projectId: 'quiretest',
    dataset: 'production',
    perspective: 'published',
    apiHost: emulator.url,
    timeoutMs: 5_000,
    maxRetries: 0,
    maxResponseBytes: 1_000_000,
    ...overrides,
  });
}
