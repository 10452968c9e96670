import { describe, expect, it } from 'vitest';
import { exportAssetPolicy, remoteAssetPolicy } from '../../src/lib/sanity/asset-policy.ts';

const CDN = 'https://cdn.sanity.io/images/abc123/production';
const FILE = '06be7a971605b1171a80e9a8cce53fd322bcb27a-1600x900.jpg';

describe('remoteAssetPolicy', () => {
  const policy = remoteAssetPolicy({ projectId: 'abc123', dataset: 'production' });

  it.each([
    ['an image of the project on Sanity’s CDN', `${CDN}/${FILE}`, true],
    ['the same with a query string (the URL builder’s parameters)', `${CDN}/${FILE}?w=800`, true],
    ['another project', `https://cdn.sanity.io/images/other/production/${FILE}`, false],
    ['another dataset of the project', `https://cdn.sanity.io/images/abc123/staging/${FILE}`, false],
    ['a path that climbs out of the folder', `${CDN}/../../other/production/${FILE}`, false],
    ['the same, percent-encoded', `${CDN}/%2e%2e/%2e%2e/other/production/${FILE}`, false],
    ['a file in a sub-folder', `${CDN}/sub/${FILE}`, false],
    ['the folder itself', `${CDN}/`, false],
    ['plain http', `http://cdn.sanity.io/images/abc123/production/${FILE}`, false],
    ['a look-alike host', `https://cdn.sanity.io.evil.example/images/abc123/production/${FILE}`, false],
    [
      'the CDN as user name of another host',
      `https://cdn.sanity.io@evil.example/images/abc123/production/${FILE}`,
      false,
    ],
    ['credentials in the URL', `https://user:pass@cdn.sanity.io/images/abc123/production/${FILE}`, false],
    ['a file: URL', `file:///etc/passwd`, false],
    ['a loopback address', `http://127.0.0.1/images/abc123/production/${FILE}`, false],
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo=', false],
    ['not a URL', 'images/abc123/production/x.jpg', false],
  ])('%s: %s → %s', (_name, url, allowed) => {
    expect(policy.allows(url)).toBe(allowed);
  });

  it('allows the same folder on SANITY_API_HOST as well as the CDN, and nothing else there', () => {
    const local = remoteAssetPolicy({
      projectId: 'abc123',
      dataset: 'production',
      apiHost: 'http://127.0.0.1:4000',
    });
    expect(local.allows(`http://127.0.0.1:4000/images/abc123/production/${FILE}`)).toBe(true);
    expect(local.allows(`${CDN}/${FILE}`)).toBe(true);
    expect(local.allows(`http://127.0.0.1:4000/v2025-02-19/data/query/production`)).toBe(false);
    expect(local.allows(`http://127.0.0.1:4001/images/abc123/production/${FILE}`)).toBe(false);
    expect(local.allowed).toBe(
      'https://cdn.sanity.io/images/abc123/production/ or http://127.0.0.1:4000/images/abc123/production/',
    );
  });
});

describe('exportAssetPolicy', () => {
  const made = 'file:///exports/site/images/a.png';
  const policy = exportAssetPolicy('/exports/site', [made]);

  it.each([
    ['an asset document made from the export’s file', made, true],
    [
      'another file in the same folder, named only by data.ndjson',
      'file:///exports/site/images/b.png',
      false,
    ],
    ['a file elsewhere on disk', 'file:///home/me/.ssh/id_rsa', false],
    ['the same file by another spelling', 'file:///exports/site/images/../images/a.png', false],
    ['any http URL', 'http://127.0.0.1/images/a.png', false],
    ['Sanity’s CDN', `${CDN}/${FILE}`, false],
  ])('%s: %s → %s', (_name, url, allowed) => {
    expect(policy.allows(url)).toBe(allowed);
  });
});
