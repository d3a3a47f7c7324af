/** Security of the built pages: a CSP without unsafe-inline scripts that covers every inline script, safe external links, noindex by default. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { bundledSite, buildSite } from '../helpers/build';
import { sitePages, type SitePage } from '../helpers/site-pages';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of a page, depth first. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) out.push(node as Element);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return out;
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** The policy of a page's CSP meta tag, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const meta = elements(html).find((element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta ? attr(meta, 'content') ?? '' : '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

let pages: SitePage[];
beforeAll(async () => {
  pages = sitePages((await bundledSite()).outDir);
});

describe('보안: CSP, 외부 링크, 검색 엔진 차단', () => {
  it('모든 페이지에 CSP가 있고, 스크립트는 unsafe-inline/unsafe-eval 없이 해시와 자기 출처만 허용한다', () => {
    for (const page of pages) {
      const policy = policyOf(page.html);
      const scriptSrc = policy.get('script-src');
      expect(scriptSrc, page.url).toBeDefined();
      expect(scriptSrc, page.url).not.toContain("'unsafe-inline'");
      expect(scriptSrc, page.url).not.toContain("'unsafe-eval'");
      expect(scriptSrc!.filter((source) => !/^'sha(256|384|512)-/.test(source)).sort(), page.url).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy.get('style-src'), page.url).not.toContain("'unsafe-inline'");
      expect(policy.get('object-src'), page.url).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page.url).toEqual(["'self'"]);
    }
  });

  it('페이지 안의 인라인 스크립트·스타일은 모두 CSP 해시에 들어 있다 (그래서 실행된다)', () => {
    for (const page of pages) {
      const policy = policyOf(page.html);
      for (const element of elements(page.html)) {
        const directive = element.tagName === 'script' && !attr(element, 'src') ? 'script-src' : element.tagName === 'style' ? 'style-src' : undefined;
        if (!directive || (element.tagName === 'script' && attr(element, 'type') === 'application/json')) continue;
        const hash = `'sha256-${createHash('sha256').update(textOf(element)).digest('base64')}'`;
        expect(policy.get(directive), `${page.url}: inline <${element.tagName}>`).toContain(hash);
      }
    }
  });

  it('이벤트 핸들러 속성과 javascript: 주소가 어디에도 없다', () => {
    for (const page of pages) {
      for (const element of elements(page.html)) {
        for (const { name, value } of element.attrs) {
          expect(name, `${page.url} <${element.tagName} ${name}>`).not.toMatch(/^on/i);
          if (['href', 'src', 'action', 'formaction'].includes(name)) expect(value, page.url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
      }
    }
  });

  it('외부 링크는 rel="noopener noreferrer"로 연다', () => {
    const external = pages.flatMap((page) => elements(page.html).filter((element) => element.tagName === 'a' && /^https?:/i.test(attr(element, 'href') ?? '')).map((element) => ({ page: page.url, element })));
    expect(external.length).toBeGreaterThan(0);
    for (const { page, element } of external) {
      const rel = (attr(element, 'rel') ?? '').split(/\s+/);
      expect(rel, `${page}: ${attr(element, 'href')}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  it('기본값은 noindex: 모든 페이지에 robots noindex가 있고 robots.txt는 전부 막는다', async () => {
    for (const page of pages) expect(page.html, page.url).toMatch(/<meta name="?robots"? content="noindex, nofollow"/);
    expect((await bundledSite()).read('robots.txt')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });

  it('KB_INDEXABLE=true 로 빌드하면 noindex가 빠지고 robots.txt가 허용한다', () => {
    const previous = process.env.KB_INDEXABLE;
    process.env.KB_INDEXABLE = 'true';
    try {
      const site = buildSite('tests/fixtures/content-mini');
      expect(site.status, site.output).toBe(0);
      expect(site.read('index.html')).not.toContain('noindex');
      expect(site.read('faq/parking-fee-refund/index.html')).not.toContain('noindex');
      expect(site.read('robots.txt')).toMatch(/^User-agent: \*\nAllow: \/$/m);
    } finally {
      if (previous === undefined) delete process.env.KB_INDEXABLE;
      else process.env.KB_INDEXABLE = previous;
    }
  });
});
