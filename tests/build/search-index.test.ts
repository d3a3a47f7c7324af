/** `npm run build` makes the Pagefind index of the script pages, with metadata, filters and the lexicon. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledSite } from '../helpers/build';
import { fragmentHashes, type ScriptTable } from '../../src/search/data/format';
import { indexSite, scriptPagesGlob } from '../../src/search/build/index-site';
import { all, attr, one, text } from '../helpers/html';

describe('검색 색인 (빌드 한 번에)', () => {
  it('pagefind/ 번들이 생기고 한국어 색인에 스크립트 페이지만 들어간다', async () => {
    const site = await bundledSite();
    expect(site.exists('pagefind/pagefind.js')).toBe(true);
    const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const faqs = readdirSync(path.join(site.outDir, 'faq')).length;
    expect(Object.keys(entry.languages)).toEqual(['ko']);
    expect(entry.languages.ko?.page_count).toBe(faqs);
  });

  it('스크립트 페이지는 본문과 메타만 표시한다: 숨긴 검색 보조어도, Pagefind 필터도 없다', async () => {
    const html = (await bundledSite()).read('faq/valet-exit-not-processed/index.html');
    expect(one(html, 'article[data-pagefind-body]')).toBeDefined();
    const meta = Object.fromEntries(all(html, '[data-pagefind-meta]').map((element) => [attr(element, 'data-pagefind-meta'), text(element)]));
    expect(meta.category).toBe('발레 ▶ 오류 ▶ 입/출차오인식');
    expect(meta.sites).toMatch(/^\["기타현장"/);
    expect(one(html, 'h2.step-title#s2-title')).toBeDefined();
    expect(all(html, '[data-pagefind-filter], #search-terms')).toEqual([]);
    expect((await bundledSite()).exists('pagefind/filter')).toBe(false);
  });

  it('검색 사전: 스크립트 표(조각·카테고리·현장)와 낱말 조각, 복합어·초성 별칭이 search/에 나간다', async () => {
    const site = await bundledSite();
    const manifest = JSON.parse(site.read('search/manifest.json')) as { dir: string; scripts: number; shards: Record<string, string>; table: string };
    expect(manifest.scripts).toBe(readdirSync(path.join(site.outDir, 'faq')).length);
    const table = JSON.parse(site.read(`${manifest.dir}${manifest.table}`)) as ScriptTable;
    for (const hash of fragmentHashes(table)) expect(site.exists(`pagefind/fragment/${hash}.pf_fragment`)).toBe(true);
    expect(table.categories).toContain('발레 ▶ 오류 ▶ 입/출차오인식');
    expect(table.sites).toContain('인천공항');
    const shard = (key: string) => JSON.parse(site.read(`${manifest.dir}${manifest.shards[key]}`)) as { words: [string, number, number][]; aliases: [string, string, string[]][] };
    expect(shard('ㅂ').words.map(([word]) => word)).toContain('발레패스');
    expect(shard('ㅇ').aliases).toContainEqual(['오인식', 'part', ['입출차오인식']]);
    expect(shard('ㅂ').aliases.filter(([alias, kind]) => alias === 'ㅂㄹㅍㅅ' && kind === 'choseong')).toHaveLength(1);
  });

  it('큰 사이트는 여러 Pagefind 색인으로 나눠 쓰고 (메모리 한도), 스크립트 표가 각 조각의 색인을 안다', async () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-parts-')), 'dist');
    cpSync((await bundledSite()).outDir, copy, { recursive: true });
    rmSync(path.join(copy, 'pagefind'), { recursive: true, force: true });
    rmSync(path.join(copy, 'search'), { recursive: true, force: true });
    try {
      const indexed = await indexSite(copy, scriptPagesGlob, 1);
      expect(indexed).toMatchObject({ pages: 2, parts: 2 });
      const manifest = JSON.parse(readFileSync(path.join(copy, 'search/manifest.json'), 'utf8')) as { dir: string; table: string };
      const table = JSON.parse(readFileSync(path.join(copy, manifest.dir, manifest.table), 'utf8')) as ScriptTable;
      expect(table.bundles).toEqual(['pagefind', 'pagefind/parts/2']);
      fragmentHashes(table).forEach((hash, script) => expect(existsSync(path.join(copy, table.bundles[table.bundle[script]!]!, 'fragment', `${hash}.pf_fragment`))).toBe(true));
      expect(existsSync(path.join(copy, 'pagefind/pagefind.js'))).toBe(true);
      expect(existsSync(path.join(copy, 'pagefind/parts/2/pagefind-entry.json'))).toBe(true);
    } finally {
      rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });

  it('색인에는 스크립트의 말만 들어가고, 배지·날짜(NEW, 검토 필요, 최종 수정)는 빠진다', async () => {
    const site = await bundledSite();
    const dir = path.join(site.outDir, 'pagefind/fragment');
    // A Pagefind fragment is gzip of "pagefind_dcd" + the page's JSON record.
    const records = readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    const q2 = records.find((record) => record.url === '/faq/valet-exit-not-processed/')!;
    expect(q2.content).toContain('발레 출차처리가 되지 않았어요.');
    expect(q2.content).toContain('현장에서 전산완료가 원활하게 진행되지 않아 어플 내에서 이용 중으로 확인되었던 것 같습니다.');
    for (const record of records) {
      expect(record.content).not.toContain('최종 수정');
      expect(record.content).not.toMatch(/NEW|검토 필요|최근 \d+일 안에/);
    }
  });

  it('용어집의 동의어와 현장이 /search/lexicon.json으로 나간다', async () => {
    const lexicon = JSON.parse((await bundledSite()).read('search/lexicon.json')) as { synonyms: [string, string][]; terms: string[]; sites: string[] };
    expect(lexicon.synonyms).toContainEqual(['렌트카', '렌트차량']);
    expect(lexicon.synonyms).toContainEqual(['환불', '결제 취소']);
    expect(lexicon.terms).toContain('발레패스');
    expect(lexicon.sites).toContain('인천공항');
  });

  it('제품 기본 고객 표현 사전이 /search/lexicon.json의 thesaurus로 나간다', async () => {
    const { thesaurus } = JSON.parse((await bundledSite()).read('search/lexicon.json')) as { thesaurus: { words: [string, string][]; misspellings: [string, string][] } };
    expect(thesaurus.words).toContainEqual(['캔슬', '취소']);
    expect(thesaurus.words).toContainEqual(['환급', '환불']);
    expect(thesaurus.misspellings).toContainEqual(['결재', '결제']);
    expect(thesaurus.words.length).toBeGreaterThan(800);
  });

  it('홈은 검색창으로 시작하고 카테고리 목록이 그 아래에 있다', async () => {
    const html = (await bundledSite()).read('index.html');
    // Document order: the one search box, then the category list.
    expect(all(html, 'site-search, #by-category').map((element) => (element.name === 'site-search' ? 'site-search' : `#${attr(element, 'id')}`))).toEqual(['site-search', '#by-category']);
  });
});
