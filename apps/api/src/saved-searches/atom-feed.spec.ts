import { SearchKind } from '../search/search-kind';
import { Language } from '../users/language';
import { type AtomFeed, escapeXml, renderAtomFeed } from './atom-feed';

describe('Atom feed', () => {
  it('escapes markup, quotes and ampersands, and drops characters XML forbids', () => {
    expect(escapeXml(`<b>"Ås" & 'Øst'</b>\u0001`)).toBe(
      '&lt;b&gt;&quot;Ås&quot; &amp; &apos;Øst&apos;&lt;/b&gt;',
    );
  });

  const feed: AtomFeed = {
    selfUrl: 'https://lokomotiv.test/feeds/saved-searches/abc.atom',
    siteUrl: 'https://lokomotiv.test',
    title: 'Lokomotiv: KI & <robot>',
    language: Language.NB,
    items: [
      {
        kind: SearchKind.NEED,
        id: '0b6c2a0e-1d1b-4a51-9a0c-8f0a3a7f3b11',
        title: 'Robot for <PLO> & sånt',
        summary: 'Vi trenger "hjelp"',
        publishedAt: new Date('2026-01-02T10:00:00Z'),
        updatedAt: new Date('2026-01-03T10:00:00Z'),
      },
    ],
  };

  it('lists each item as an entry with an absolute link, and escapes its text', () => {
    const xml = renderAtomFeed(feed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<title>Lokomotiv: KI &amp; &lt;robot&gt;</title>');
    expect(xml).toContain('<title>Behov: Robot for &lt;PLO&gt; &amp; sånt</title>');
    expect(xml).toContain('href="https://lokomotiv.test/behov/0b6c2a0e-1d1b-4a51-9a0c-8f0a3a7f3b11"');
    expect(xml).toContain('<updated>2026-01-03T10:00:00.000Z</updated>');
    expect(xml).toContain('<summary type="text">Vi trenger &quot;hjelp&quot;</summary>');
    expect(xml).not.toContain('<PLO>');
    expect(xml).toContain('xml:lang="nb"');
  });

  it("speaks the subscriber's language", () => {
    const xml = renderAtomFeed({ ...feed, language: Language.EN });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<title>Need: Robot for &lt;PLO&gt; &amp; sånt</title>');
  });
});
