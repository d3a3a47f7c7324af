/**
 * Browsing a large knowledge base (generated corpus: ≈150 categories, 57 sites): the sidebar shows the
 * reader's path, not the whole tree, so every page stays small; /category/ and /site/ show everything.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate/cli';
import { sidebarLimits } from '../../src/site/sidebar';
import { buildSite, type BuildResult } from '../helpers/build';
import { all, attr, one, text as pageText, type Dom } from '../helpers/html';
import { sitePages } from '../helpers/site-pages';

let site: BuildResult;
const crowded = { id: 'valet-exit-not-processed', clones: 20 };

beforeAll(() => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-large-')), 'content');
  writeCorpus(dir, 300, 1);
  // One category with more scripts than the sidebar lists: the seed script and 20 copies beside it.
  const text = readFileSync(path.join(dir, 'faq', `${crowded.id}.mdx`), 'utf8');
  for (let i = 1; i <= crowded.clones; i++) {
    const clone = text.replace(`id: ${crowded.id}`, `id: crowded-${i}`).replace(/^title: (.+)$/m, (_, title: string) => `title: ${title} (사본 ${String(i).padStart(2, '0')})`);
    writeFileSync(path.join(dir, 'faq', `crowded-${i}.mdx`), clone);
  }
  site = buildSite(dir);
  if (site.status !== 0) throw new Error(site.output);
});

const sidebar = (html: string) => one(html, 'nav.category-nav-body[aria-label="카테고리"]')!;
const treeNames = (html: string) => all(sidebar(html), '.tree-name').map(pageText);
const main = (html: string) => one(html, 'main')!;
const categoryLinks = (from: Dom) => all(from, 'a.tree-link[href^="/category/"]').map((link) => attr(link, 'href')!);
const currentCategories = (html: string) => all(sidebar(html), 'a[aria-current="true"]').map((link) => attr(link, 'href')!);
const countIn = (from: Dom | undefined) => Number(/(\d+)건/.exec(pageText(from))?.[1]);

describe('큰 지식베이스의 사이드바', () => {
  it('스크립트 페이지의 트리는 그 카테고리까지의 경로와 형제만 펼친다', () => {
    const html = site.read(`faq/${crowded.id}/index.html`);
    const links = categoryLinks(sidebar(html));
    const whole = categoryLinks(main(site.read('category/index.html')));
    expect(whole.length).toBeGreaterThan(sidebarLimits.wholeTree);
    expect(links.length).toBeLessThan(whole.length / 2);
    // Every level of the script's own path is there and marked.
    expect(treeNames(html)).toEqual(expect.arrayContaining(['발레', '오류', '입/출차오인식']));
    expect(currentCategories(html).some((href) => href.startsWith('/category/valet/error/'))).toBe(true);
    // A top-level category off the path is listed but folded (its children are not).
    const otherTop = whole.find((href) => href.split('/').length === 4 && !href.startsWith('/category/valet/'))!;
    expect(links).toContain(otherTop);
    expect(links.some((href) => href.startsWith(otherTop) && href !== otherTop)).toBe(false);
  });

  it('같은 카테고리의 스크립트는 현재 스크립트 주변만 보여 주고 나머지는 카테고리 페이지로 잇는다', () => {
    const html = site.read(`faq/${crowded.id}/index.html`);
    const list = one(html, 'ul.tree-faqs')!;
    expect(all(list, '.tree-faq:not(.tree-more)')).toHaveLength(sidebarLimits.scripts);
    expect(all(list, 'a[aria-current="page"]').map((link) => attr(link, 'href'))).toEqual([`/faq/${crowded.id}/`]);
    // The category holds the seed script, its copies and any generated script filed there too.
    const total = Number(/\d+/.exec(pageText(one(sidebar(html), 'a[aria-current="true"] .tree-count')))?.[0]);
    expect(total).toBeGreaterThanOrEqual(crowded.clones + 1);
    const counts = all(list, '.tree-faq.tree-more').map(countIn);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total - sidebarLimits.scripts);
  });

  it('현장 목록은 그 스크립트의 현장만, 전체는 /site/로 잇는다', () => {
    const html = site.read(`faq/${crowded.id}/index.html`);
    const shown = all(html, 'ul.tree.sites .tree-name').map(pageText);
    // The script's own sites, as its search record lists them.
    const pageSites = JSON.parse(pageText(one(html, '[data-pagefind-meta="sites"]'))) as string[];
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(pageSites));
    expect(pageText(sidebar(html))).toContain('현장 전체 57곳 보기');
  });

  it('홈의 사이드바는 최상위 카테고리만 보여 준다', () => {
    const top = categoryLinks(main(site.read('category/index.html'))).filter((href) => href.split('/').length === 4);
    expect(categoryLinks(sidebar(site.read('index.html')))).toEqual(top);
  });

  it('/category/ 페이지는 모든 카테고리를 수와 함께 보여 준다', () => {
    const page = main(site.read('category/index.html'));
    expect(pageText(page)).toMatch(/카테고리 전체 320건/);
    expect(categoryLinks(page).length).toBeGreaterThan(100);
  });

  it('스크립트가 많은 상위 카테고리는 하위 카테고리마다 최근 5건과 모두 보기 링크를 보여 준다', () => {
    const page = main(site.read('category/valet/index.html'));
    expect(pageText(one(page, 'h1'))).toMatch(/^발레 \d+건$/);
    const total = countIn(one(page, 'h1 .count'));
    expect(total).toBeGreaterThan(50);
    expect(all(page, '.faq-card').length).toBeLessThan(total);
    const groups = all(page, 'section.category-group');
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const count = countIn(one(group, '.count'));
      expect(all(group, '.faq-card')).toHaveLength(Math.min(count, 5));
      if (count > 5) expect(pageText(group)).toContain(`스크립트 ${count}건 모두 보기`);
    }
  });

  it('용어집은 용어마다 관련 스크립트를 8건까지 보여 주고 나머지는 검색으로 잇는다', () => {
    const lists = all(site.read('glossary/index.html'), 'dd.glossary-scripts');
    expect(lists.length).toBeGreaterThan(5);
    const capped = lists.filter((list) => one(list, '.glossary-more'));
    expect(capped.length).toBeGreaterThan(0);
    for (const list of lists) expect(all(list, 'a[href^="/faq/"]').length).toBeLessThanOrEqual(8);
    const more = one(capped[0]!, 'a.glossary-more')!;
    const query = new URL(attr(more, 'href')!, 'http://kb.invalid');
    expect(query.pathname).toBe('/');
    expect(query.searchParams.get('q')).toMatch(/^[가-힣 ]+$/);
    expect(pageText(more)).toMatch(/^모두 \d+건 검색해서 보기/);
    expect(countIn(more)).toBeGreaterThan(8);
  });

  it('학습은 스크립트가 많으면 카테고리 목록이 되고, 카테고리마다 제 학습 페이지가 있다', () => {
    const learn = main(site.read('learn/index.html'));
    expect(all(learn, '.learn-item')).toHaveLength(0);
    const links = all(learn, 'li').flatMap((item) => {
      const link = one(item, ':scope > a[href^="/learn/"]');
      const counts = /^스크립트 (\d+)건 · 카드 (\d+)장$/.exec(pageText(one(item, ':scope > .count')));
      return link && counts ? [{ href: attr(link, 'href')!, name: pageText(link), scripts: Number(counts[1]), cards: Number(counts[2]) }] : [];
    });
    expect(links.length).toBeGreaterThan(50);
    expect(links.reduce((sum, link) => sum + link.scripts, 0)).toBe(320);
    const { href, name, scripts, cards } = links.find((link) => link.name === '발레 ▶ 오류 ▶ 입/출차오인식')!;
    const page = site.read(`${href.slice(1)}index.html`);
    expect(all(main(page), '.learn-item')).toHaveLength(scripts);
    const keys = all(page, 'practice-progress[data-keys]').flatMap((progress) => attr(progress, 'data-keys')!.split(' '));
    expect(keys).toHaveLength(cards);
    expect(pageText(main(page))).toContain(`${name.split(' ▶ ').at(-1)} 연습`);
    // The sidebar marks the category the page practises.
    expect(currentCategories(page).some((link) => link.startsWith('/category/valet/error/'))).toBe(true);
  });

  it('최근 업데이트는 최근 200건과 가장 오래 밀린 검토 100건까지만 보여 주고 전체 수를 알린다', () => {
    const page = main(site.read('updates/index.html'));
    const days = all(page, 'section.update-day');
    expect(days.flatMap((day) => all(day, 'li.update-item'))).toHaveLength(200);
    const shownAll = Number(/최근 200건을 보여 드립니다 \(모두 (\d+)건\)/.exec(pageText(page))?.[1]);
    expect(shownAll).toBeGreaterThanOrEqual(320);
    // Newest first, across the day sections.
    const dates = days.map((day) => attr(one(day, 'h2'), 'id')!.replace(/^day-/, ''));
    expect(dates).toEqual([...dates].sort().reverse());
    const backlog = one(page, 'section.review-backlog')!;
    const overdue = countIn(one(backlog, '#review-title .count'));
    expect(all(backlog, 'li.update-item')).toHaveLength(Math.min(overdue, 100));
  });

  it('스크립트 페이지는 지식베이스가 커져도 작다', () => {
    expect(Buffer.byteLength(site.read(`faq/${crowded.id}/index.html`))).toBeLessThan(40_000);
  });
});

describe('페이지 수는 내용에 비례한다', () => {
  it('스크립트 320건 → 스크립트 페이지 320개, 나머지는 카테고리·현장 수로 정해지는 목록뿐 (연습 페이지 없음)', () => {
    const urls = sitePages(site.outDir).map((page) => page.url);
    const scripts = urls.filter((url) => url.startsWith('/faq/'));
    expect(scripts).toHaveLength(320);
    const ids = new Set(scripts.map((url) => url.split('/')[2]));
    const lists = urls.filter((url) => !url.startsWith('/faq/'));
    // No page besides /faq/<id>/ is made per script (practice is a mode of the script page).
    expect(lists.filter((url) => url.split('/').some((part) => ids.has(part)))).toEqual([]);
    expect(lists.filter((url) => url.startsWith('/practice/'))).toEqual([]);
    // What remains: a page per category (/category/…, and /learn/… above 200 scripts), per site, and fixed pages.
    const under = (kind: string) => lists.filter((url) => url.startsWith(`/${kind}/`) && url !== `/${kind}/`);
    const categories = under('category').length;
    expect(under('site')).toHaveLength(57);
    expect(under('learn').length).toBeGreaterThan(0);
    expect(under('learn').length).toBeLessThanOrEqual(categories);
    expect(lists.filter((url) => !['category', 'site', 'learn'].some((kind) => under(kind).includes(url)))).toEqual(['/', '/404.html', '/category/', '/glossary/', '/learn/', '/site/', '/updates/']);
    // So the page count is the scripts plus lists set by the vocabulary: more scripts add one page each.
    expect(urls).toHaveLength(320 + categories + under('learn').length + 57 + 7);
  });
});
