/**
 * Crawls a built site from its home page: every internal link and #fragment resolves, and every page is
 * reachable. Twice: the bundled build at the root, and a build under a sub-path (Astro's `base`, KB_BASE=/kb/),
 * where every link must carry the sub-path.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, bundledSite } from '../helpers/build';
import { parsePage, sitePages, type ParsedPage, type SitePage } from '../helpers/site-pages';

const origin = 'http://kb.invalid';


function crawl(name: string, site: () => Promise<{ dir: string; base: string }>) {
  let dir: string;
  let base: string;
  let pages: SitePage[];
  let parsed: Map<string, ParsedPage>;

  beforeAll(async () => {
    ({ dir, base } = await site());
    // Served under the base: a file's URL is the base plus its path in the output directory.
    pages = sitePages(dir).map((page) => ({ ...page, url: `${base}${page.url.slice(1)}` }));
    parsed = new Map(pages.map((page) => [page.url, parsePage(page.html)]));
  });

  /** The file a static host serves for a URL path, or undefined (outside the base; directory URLs must end in "/"). */
  function fileFor(pathname: string): string | undefined {
    if (!pathname.startsWith(base)) return undefined;
    const file = path.join(dir, decodeURIComponent(pathname.slice(base.length)));
    if (pathname.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }

  /** Internal links of a page, resolved: target URL path and fragment. */
  const internalLinks = (page: SitePage) =>
    parsed.get(page.url)!.links.flatMap(({ from, url }) => {
      const target = new URL(url, origin + page.url);
      return target.origin === origin ? [{ from, url, pathname: target.pathname, hash: decodeURIComponent(target.hash.slice(1)) }] : [];
    });

  describe(name, () => {
    it('사이트에는 홈, 스크립트, 카테고리, 현장 페이지가 모두 있다', () => {
      const urls = pages.map((page) => page.url);
      expect(urls).toContain(base);
      for (const kind of ['faq/', 'category/', 'site/']) expect(urls.filter((url) => url.startsWith(base + kind)).length).toBeGreaterThan(0);
    });

    it('모든 내부 링크는 존재하는 파일로 이어지고, #조각은 그 페이지의 id를 가리킨다', () => {
      const broken: string[] = [];
      for (const page of pages) {
        for (const link of internalLinks(page)) {
          const file = fileFor(link.pathname);
          if (!file) {
            broken.push(`${page.url}: ${link.from}="${link.url}" → no file`);
            continue;
          }
          if (link.hash && link.from === 'a[href]') {
            const target = pages.find((candidate) => candidate.file === file);
            if (!target || !parsed.get(target.url)!.ids.has(link.hash)) broken.push(`${page.url}: ${link.from}="${link.url}" → no element with id "${link.hash}"`);
          }
        }
      }
      expect(broken).toEqual([]);
    });

    it('홈에서 링크를 따라가면 모든 페이지에 닿고, 고아 페이지가 없다', () => {
      const reached = new Set<string>([base]);
      const queue = [base];
      while (queue.length) {
        const url = queue.shift();
        const page = pages.find((candidate) => candidate.url === url)!;
        for (const link of internalLinks(page).filter((l) => l.from === 'a[href]')) {
          const target = pages.find((candidate) => candidate.url === link.pathname);
          if (target && !reached.has(target.url)) {
            reached.add(target.url);
            queue.push(target.url);
          }
        }
      }
      // The 404 page is served for unknown addresses, never linked.
      const orphans = pages.map((page) => page.url).filter((url) => !reached.has(url) && url !== `${base}404.html`);
      expect(orphans).toEqual([]);
    });
  });
}

crawl('링크 검사 (dist/ 크롤링)', async () => ({ dir: (await bundledSite()).outDir, base: '/' }));

crawl('하위 경로 배포 (KB_BASE=/kb/): 모든 링크가 /kb/ 아래에 있다', async () => {
  const site = buildSite('content', undefined, { KB_BASE: '/kb/' });
  if (site.status !== 0) throw new Error(site.output);
  return { dir: site.outDir, base: '/kb/' };
});
