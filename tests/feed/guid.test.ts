import { describe, expect, it } from 'vitest';
import { podcastGuid, uuidV5 } from '../../src/feed/guid.js';

describe('podcast:guid', () => {
  it('is the UUIDv5 of the feed URL without its scheme, as the Podcast Index computes it', () => {
    // Podnews Daily's feed https://podnews.net/rss has podcastGuid 9b024349-ccf0-5f69-a609-6b82873eab3c in the Podcast Index.
    expect(podcastGuid('https://podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuid('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('agrees with RFC 4122 name-based UUIDs', () => {
    // uuidv5(DNS namespace, "www.example.com"), a widely published value.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
