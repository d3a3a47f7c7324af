/** `npm run build` makes the Pagefind index of the script pages, with metadata, filters and the lexicon. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSite } from '../helpers/build';

describe('검색 색인 (빌드 한 번에)', () => {
  it('pagefind/ 번들이 생기고 한국어 색인에 스크립트 페이지만 들어간다', async () => {
    const site = await bundledSite();
    expect(site.exists('pagefind/pagefind.js')).toBe(true);
    const entry = JSON.parse(site.read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const faqs = readdirSync(path.join(site.outDir, 'faq')).length;
    expect(Object.keys(entry.languages)).toEqual(['ko']);
    expect(entry.languages.ko?.page_count).toBe(faqs);
  });

  it('스크립트 페이지는 본문·메타·필터를 표시하고, 다른 스크립트 제목이 나오는 부분은 색인하지 않는다', async () => {
    const html = (await bundledSite()).read('faq/valet-exit-not-processed/index.html');
    expect(html).toMatch(/<article[^>]*data-pagefind-body/);
    expect(html).toContain('data-pagefind-meta="category">발레 ▶ 오류 ▶ 입/출차오인식<');
    expect(html).toContain('data-pagefind-filter="category2">발레 ▶ 오류<');
    expect(html).toContain('data-pagefind-filter="site">인천공항<');
    expect(html).toMatch(/<h2 class="step-title" id="s2-title"/);
    expect(html).toMatch(/<h2 id="search-terms"[^>]*>검색 보조어<\/h2>\s*<p data-pagefind-weight="0.5">[^<]*오인식/);
  });

  it('용어집의 동의어와 현장이 /search/lexicon.json으로 나간다', async () => {
    const lexicon = JSON.parse((await bundledSite()).read('search/lexicon.json')) as { synonyms: [string, string][]; terms: string[]; sites: string[] };
    expect(lexicon.synonyms).toContainEqual(['렌트카', '렌트차량']);
    expect(lexicon.synonyms).toContainEqual(['환불', '결제 취소']);
    expect(lexicon.terms).toContain('발레패스');
    expect(lexicon.sites).toContain('인천공항');
  });

  it('홈은 검색창으로 시작하고 카테고리 목록이 그 아래에 있다', async () => {
    const html = (await bundledSite()).read('index.html');
    const search = html.indexOf('<site-search');
    expect(search).toBeGreaterThan(-1);
    expect(search).toBeLessThan(html.indexOf('id="by-category"'));
    expect(html.match(/<site-search/g)).toHaveLength(1);
  });
});
