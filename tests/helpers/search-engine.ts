/**
 * An in-memory search engine for unit tests: script pages → the build's search data
 * (buildSearchData, the real code) → the browser's SearchData, and a fake Pagefind that prefix-matches
 * words as Pagefind does. No site build, no browser.
 */
import { buildSearchData, type PageRecord } from '../../src/search/build/vocabulary';
import type { SearchEngine } from '../../src/search/client';
import { fragmentHashes, shardKey, splitBitsets } from '../../src/search/data/format';
import type { SearchData } from '../../src/search/data/load';
import type { Fragment } from '../../src/search/fragment';
import { emptyLexicon, type Lexicon } from '../../src/korean/lexicon';
import { words } from '../../src/korean/text';

export interface TestPage {
  id: string;
  title: string;
  /** Headings (steps, branches) with the text under each. */
  sections?: { heading: string; text: string }[];
  text?: string;
  category?: string;
  sites?: string[];
}

function fragmentOf(page: TestPage): Fragment {
  const parts = [page.title, page.text ?? ''];
  const anchors: Fragment['anchors'] = [{ element: 'h1', id: 'title', text: page.title, location: 0 }];
  for (const [index, section] of (page.sections ?? []).entries()) {
    const location = parts.join(' ').split(/\s+/).filter(Boolean).length;
    anchors.push({ element: 'h2', id: `s${index + 1}-title`, text: section.heading, location });
    parts.push(section.heading, section.text);
  }
  return { url: `/faq/${page.id}/`, content: parts.join(' ').replace(/\s+/g, ' ').trim(), meta: { id: page.id, title: page.title }, anchors };
}

export interface TestEngine extends SearchEngine {
  /** Pagefind searches run so far. */
  pagefindCalls: string[];
  /** Awaited before each fragment is given (a slow network), when set. */
  fragmentDelay?: () => Promise<void>;
}

export function testEngine(pages: readonly TestPage[], lexicon: Lexicon = emptyLexicon): TestEngine {
  const fragments = pages.map(fragmentOf);
  const records: PageRecord[] = pages.map((page, index) => ({
    fragment: `ko_${index.toString(16).padStart(7, '0')}`,
    bundle: 'pagefind',
    id: page.id,
    page: fragments[index]!.url,
    title: page.title,
    headings: (page.sections ?? []).map((section) => section.heading),
    content: fragments[index]!.content,
    category: page.category ?? '발레 ▶ 기타 ▶ 기타',
    sites: page.sites ?? ['기타현장'],
  }));
  const built = buildSearchData(records);
  const hashes = fragmentHashes(built.table);
  const data: SearchData = {
    base: '/',
    manifest: { version: 1, build: 'test', dir: 'search/test/', scripts: pages.length, commonAt: built.commonAt, shards: {}, table: 'table.json', cards: 'cards.json' },
    table: built.table,
    scriptOf: new Map(hashes.map((hash, script) => [hash, script])),
    shard: async (text) => data.loadedShard(text)!,
    loadedShard: (text) => built.shards.get(shardKey(text)) ?? { words: [], common: [], aliases: [] },
    shardKeys: [...built.shards.keys()],
    shardByKey: async (key) => built.shards.get(key)!,
    bitsets: async (file) => {
      const bytes = built.bitsets.get(file)!;
      return splitBitsets(bytes.slice().buffer, pages.length);
    },
    fragment: async (script) => {
      await engine.fragmentDelay?.();
      loaded.add(script);
      return fragments[script]!;
    },
    hasFragment: (script) => loaded.has(script),
    cards: async () => (cardsLoaded = built.cards),
    loadedCards: () => cardsLoaded,
  };
  const loaded = new Set<number>();
  let cardsLoaded: typeof built.cards | undefined;
  const pagefindCalls: string[] = [];
  const pageWords = fragments.map((fragment) => words(fragment.content));
  const engine: TestEngine = {
    data,
    lexicon,
    pagefindCalls,
    pagefind: async () => ({
      search: async (term: string) => {
        pagefindCalls.push(term);
        const results = pageWords.flatMap((list, script) => {
          const count = list.filter((word) => word.startsWith(term)).length;
          return count ? [{ id: hashes[script]!, score: count }] : [];
        });
        return { results: results.sort((a, b) => b.score - a.score) };
      },
    }),
  };
  return engine;
}
