/** What the built site gives the browser for 즐겨찾기, changed lines, 메모 복사 and offline use. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineFingerprint, linesBucket, type LinesBucket } from '../../src/model/line-fingerprint';
import { contentHashedPaths, searchLoaderPaths } from '../../src/server/headers';
import { bundledSite } from '../helpers/build';

type Node = DefaultTreeAdapterMap['node'];
let site: Awaited<ReturnType<typeof bundledSite>>;
beforeAll(async () => {
  site = await bundledSite();
});

/** Every data-line of a page as the browser reads it (entities decoded). */
function dataLines(html: string): string[] {
  const lines: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) for (const attribute of node.attrs) if (attribute.name === 'data-line') lines.push(attribute.value);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return lines;
}

describe('/lines/<bucket>.json', () => {
  for (const id of ['valet-exit-not-processed', 'valet-pass-not-own-use']) {
    it(`${id}: 지문은 페이지의 data-line에서 브라우저가 계산하는 것과 같고, 제목과 카테고리를 담는다`, () => {
      const record = (JSON.parse(site.read(`lines/${linesBucket(id)}.json`)) as LinesBucket)[id]!;
      expect(record).toBeDefined();
      const fromPage = [...new Set(dataLines(site.read(`faq/${id}/index.html`)).map(lineFingerprint))];
      expect(fromPage.length).toBeGreaterThan(3);
      expect(record.lines).toEqual(fromPage);
      expect(record.category).toContain(' ▶ ');
      expect(site.read(`faq/${id}/index.html`)).toContain(`<h1 class="script-title">${record.title}</h1>`);
    });
  }

  it('스크립트마다 자기 버킷 파일에 한 번씩만 있고, 파일은 256개를 넘지 않으며, 스크립트별 lines.json은 없다', () => {
    const files = readdirSync(path.join(site.outDir, 'lines'));
    expect(files.length).toBeLessThanOrEqual(256);
    const seen = new Map<string, string>();
    for (const file of files) {
      expect(file).toMatch(/^[0-9a-f]{2}\.json$/);
      for (const id of Object.keys(JSON.parse(site.read(`lines/${file}`)) as LinesBucket)) {
        expect(seen.has(id), id).toBe(false);
        expect(`${linesBucket(id)}.json`, id).toBe(file);
        seen.set(id, file);
      }
    }
    const pages = readdirSync(path.join(site.outDir, 'faq'));
    expect([...seen.keys()].sort()).toEqual(pages.sort());
    for (const id of pages) expect(readdirSync(path.join(site.outDir, 'faq', id))).toEqual(['index.html']);
  });
});

describe('/sw.js', () => {
  it('빌드 번호와, 서버가 영구 캐시하는 경로 규칙을 담는다 (실제 파일 이름과 맞는다)', () => {
    const worker = site.read('sw.js');
    expect(worker).toMatch(/const buildId = '\d{17}-[0-9a-f]{8}';/);
    expect(worker).toContain(`const contentHashed = [${contentHashedPaths.map(String).join(', ')}];`);
    expect(worker).not.toContain('__');
    const astroFile = readdirSync(path.join(site.outDir, '_astro'))[0]!;
    const fragment = readdirSync(path.join(site.outDir, 'pagefind/fragment'))[0]!;
    for (const hashed of [`/_astro/${astroFile}`, `/pagefind/fragment/${fragment}`]) expect(contentHashedPaths.some((pattern) => pattern.test(hashed))).toBe(true);
    for (const fixed of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/faq/valet-exit-not-processed/']) expect(contentHashedPaths.some((pattern) => pattern.test(fixed))).toBe(false);
  });

  it('검색 상자가 직접 받는 파일(조각, 검색 데이터)은 워커를 거치지 않고 브라우저 캐시에 맡긴다', () => {
    const worker = site.read('sw.js');
    expect(worker).toContain(`const searchLoader = [${searchLoaderPaths.map(String).join(', ')}];`);
    const manifest = JSON.parse(site.read('search/manifest.json')) as { dir: string; table: string };
    const fragment = readdirSync(path.join(site.outDir, 'pagefind/fragment'))[0]!;
    for (const loaded of [`/pagefind/fragment/${fragment}`, `/${manifest.dir}${manifest.table}`]) expect(searchLoaderPaths.some((pattern) => pattern.test(loaded))).toBe(true);
    // Pagefind's own runtime and chunks, and the page assets, stay with the worker (cache-first or network-first).
    const chunk = readdirSync(path.join(site.outDir, 'pagefind/index'))[0]!;
    for (const kept of [`/pagefind/index/${chunk}`, '/pagefind/pagefind.js', '/search/manifest.json', '/_astro/x.js']) expect(searchLoaderPaths.some((pattern) => pattern.test(kept))).toBe(false);
  });
});

describe('메모 형식', () => {
  it('call-memo.yaml(없으면 기본값)에서 와서 스크립트 페이지에 글자로 실린다', () => {
    const html = site.read('faq/valet-exit-not-processed/index.html');
    expect(html).toMatch(/<call-memo [^>]*data-memo="\{&quot;template&quot;:&quot;\[상담 메모\] \{\{date\}\}/);
  });
});
