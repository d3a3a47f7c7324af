/** Browse, glossary and practice (a mode of the script page), asserted on real builds: a fixture tree and the bundled seed. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, bundledSite, type BuildResult } from '../helpers/build';
import { all, attr, blockText, one, text as pageText } from '../helpers/html';

let fixture: BuildResult;
let bundled: Awaited<ReturnType<typeof bundledSite>>;

beforeAll(async () => {
  fixture = buildSite('tests/fixtures/content-browse');
  if (fixture.status !== 0) throw new Error(fixture.output);
  bundled = await bundledSite();
});

/** Every built page, as paths relative to the output directory. */
const htmlFiles = (dir: string, base = ''): string[] =>
  readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? htmlFiles(dir, path.join(base, item.name)) : item.name.endsWith('.html') ? [path.join(base, item.name)] : [],
  );

/** The sidebar's links: name, count and aria-current, in order. */
function treeLinks(html: string) {
  return all(html, 'nav.category-nav-body[aria-label="카테고리"] a.tree-link').map((link) => ({
    href: attr(link, 'href'),
    name: pageText(one(link, '.tree-name')),
    count: Number(/\d+/.exec(pageText(one(link, '.tree-count')))?.[0]),
    current: attr(link, 'aria-current'),
  }));
}
/** Text of a page or element with a space where block elements and list items meet (as a reader sees them). */
const spaced = blockText;
const summary = (html: string) => treeLinks(html).map((link) => `${link.name} ${link.count}${link.current ? ` [${link.current}]` : ''}`);

describe('카테고리 트리', () => {
  it('모든 페이지에 트리가 있고 하위 트리의 스크립트 수를 보여준다', () => {
    const files = htmlFiles(fixture.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(summary(fixture.read(file)).map((line) => line.replace(/ \[.*\]$/, '')), file).toEqual([
        '주차 4', '정산 3', '중복결제 3', '할인 0', '입출차 1', '발레 0', '잠실 3', '판교 3', '제주 0',
      ]);
    }
  });

  it('카테고리 페이지에서는 그 카테고리가 현재 페이지로 표시된다', () => {
    expect(summary(fixture.read('category/parking/payment/index.html')).filter((line) => line.includes('['))).toEqual(['정산 3 [page]']);
    expect(summary(fixture.read('index.html')).filter((line) => line.includes('['))).toEqual([]);
  });

  it('스크립트 페이지에서는 그 카테고리와 스크립트가 표시되고, 같은 카테고리의 스크립트가 나열된다', () => {
    const html = fixture.read('faq/double-charge-pay/index.html');
    expect(summary(html).filter((line) => line.includes('['))).toEqual(['중복결제 3 [true]']);
    const faqs = one(html, 'ul.tree-faqs');
    expect(spaced(faqs)).toBe('가. 카드로 두 번 결제됐어요 나. 페이로 두 번 결제됐어요 다. 포인트가 두 번 차감됐어요');
    expect(all(faqs!, 'a[aria-current="page"]').map((link) => attr(link, 'href'))).toEqual(['/faq/double-charge-pay/']);
    // The narrow-screen menu says where the reader is without opening it.
    expect(pageText(one(html, 'summary.category-nav-toggle'))).toBe('☰ 카테고리·현장 · 중복결제');
  });

  it('메뉴는 JavaScript 없이 여닫히는 details다', () => {
    expect(one(fixture.read('index.html'), 'details.category-nav[data-category-nav] > summary:first-child')).toBeDefined();
  });
});

describe('현장 페이지', () => {
  it('현장 페이지는 그 현장에 적용되는 스크립트만 보여주고 트리에 현재 현장이 표시된다', () => {
    const html = fixture.read('site/jamsil/index.html');
    const text = spaced(one(html, 'main'));
    expect(text).toContain('잠실 3건');
    // Grouped by category, in the tree's order.
    expect(text).toMatch(/주차 ▶ 정산 ▶ 중복결제 2건 가\. 카드로 두 번 결제됐어요.*나\. 페이로 두 번 결제됐어요.*주차 ▶ 입출차 1건 출차 차단기가 열리지 않아요/);
    for (const title of ['가. 카드로 두 번 결제됐어요', '나. 페이로 두 번 결제됐어요', '출차 차단기가 열리지 않아요']) expect(text).toContain(title);
    expect(text).not.toContain('다. 포인트가 두 번 차감됐어요');
    expect(summary(html).filter((line) => line.includes('['))).toEqual(['잠실 3 [page]']);
  });

  it('스크립트가 없는 현장은 빈 목록이라고 알려준다', () => {
    expect(pageText(fixture.read('site/jeju/index.html'))).toContain('이 목록에는 아직 스크립트가 없습니다.');
  });

  it('시드의 에버랜드 페이지에는 두 스크립트가 모두 있다', () => {
    const text = pageText(bundled.read('site/everland/index.html'));
    expect(text).toContain('발레패스 본인 미사용 문의');
    expect(text).toContain('발레 출차처리가 되지 않았어요.');
  });
});

describe('이전/다음', () => {
  const pager = (file: string) => spaced(one(fixture.read(file), 'nav.script-pager'));
  const rel = (file: string, value: string) => all(fixture.read(file), `a[rel="${value}"]`).map((link) => attr(link, 'href'));

  it('같은 카테고리 안에서 가나다 순으로 이전과 다음을 잇는다', () => {
    expect(pager('faq/double-charge-pay/index.html')).toBe('중복결제 카테고리의 스크립트 3건 중 2번째 · 이 스크립트 연습하기 ← 이전가. 카드로 두 번 결제됐어요 다음 →다. 포인트가 두 번 차감됐어요');
    expect(rel('faq/double-charge-pay/index.html', 'prev')).toEqual(['/faq/double-charge-card/']);
    expect(rel('faq/double-charge-pay/index.html', 'next')).toEqual(['/faq/double-charge-point/']);
  });

  it('처음과 끝에는 한쪽만, 혼자인 카테고리에는 이전/다음이 없다', () => {
    expect(rel('faq/double-charge-card/index.html', 'prev')).toEqual([]);
    expect(rel('faq/double-charge-point/index.html', 'next')).toEqual([]);
    expect(pager('faq/exit-gate-closed/index.html')).toBe('입출차 카테고리의 스크립트 1건 중 1번째 · 이 스크립트 연습하기');
  });
});

describe('용어집', () => {
  const entryHtml = (html: string, slug: string) => one(html, `.glossary-entry#${slug}`);

  it('용어마다 뜻, 다른 말, 관련 스크립트 링크가 있다 (데이터의 related + 본문에 나오는 스크립트)', () => {
    const html = fixture.read('glossary/index.html');
    expect(spaced(entryHtml(html, 'exit'))).toBe('출차 # 맡긴 차량을 돌려받는 것입니다. 다른 말 차 빼기 관련 스크립트 출차 차단기가 열리지 않아요');
    // 주차 요금 appears in two scripts' lines; 주차 alone never does (the longer term wins).
    expect(spaced(entryHtml(html, 'parking-fee'))).toContain('관련 스크립트 가. 카드로 두 번 결제됐어요 출차 차단기가 열리지 않아요');
    expect(spaced(entryHtml(html, 'parking'))).toBe('주차 # 차를 세워 두는 것입니다.');
  });

  it('용어집의 모든 스크립트 링크는 있는 페이지로 간다', () => {
    for (const site of [fixture, bundled]) {
      const links = all(site.read('glossary/index.html'), 'a[href^="/faq/"]').map((link) => attr(link, 'href')!);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(site.exists(`${href}index.html`), href).toBe(true);
    }
  });

  it('스크립트 페이지의 용어 표시는 용어집의 항목으로 이어진다', () => {
    const glossaryIds = new Set(all(bundled.read('glossary/index.html'), '.glossary-entry[id]').map((entry) => attr(entry, 'id')));
    for (const file of ['faq/valet-pass-not-own-use/index.html', 'faq/valet-exit-not-processed/index.html']) {
      const html = bundled.read(file);
      const targets = all(html, 'a[href^="/glossary/#"]').map((link) => attr(link, 'href')!.slice('/glossary/#'.length));
      expect(targets.length).toBeGreaterThan(2);
      for (const slug of targets) expect(glossaryIds.has(slug), slug).toBe(true);
    }
  });

  it('용어는 페이지에서 처음 나올 때 한 번만 표시되고, 문장은 그대로다', () => {
    const html = bundled.read('faq/valet-pass-not-own-use/index.html');
    const marks = all(html, 'button.term[type="button"][popovertarget^="term-"]').map((button) => `${pageText(button)}→${attr(button, 'popovertarget')!.slice('term-'.length)}`);
    expect(marks).toEqual(['발레 요금→valet-fee', '차량번호→car-number', '발레→valet', '발레존→valet-zone', '입차→entry', '판매차량→sold-car', '렌트차량→rental-car', '차량정보→vehicle-info', '발레패스→valet-pass', '발레패스 해지→valet-pass-cancel']);
    expect(one(html, 'div.term-popover#term-valet-pass[popover]')).toBeDefined();
    // Definitions stay out of the script's search record (search expands synonyms on its own).
    expect(attr(one(html, 'term-definitions'), 'data-pagefind-ignore')).toBe('all');
    expect(pageText(html)).toContain('차량정보가 변경되었으나 앱에 등록된 정보를 삭제하지 않은 경우 고객님께서 등록하셨던 발레패스로 결제가 진행됩니다.');
  });

  it('용어집 페이지는 메뉴에 있다', () => {
    expect(all(bundled.read('index.html'), 'a[href="/glossary/"]').map(pageText)).toContain('용어집');
  });
});

describe('연습 (스크립트 페이지의 모드)', () => {
  /** Card keys per script as the build lists them for progress on 학습 (practiceCards over the data). */
  const listedKeys = (html: string) => Object.fromEntries([...html.matchAll(/<practice-progress[^>]*data-faq="([^"]+)"[^>]*data-keys="([^"]*)"/g)].map((match) => [match[1], match[2]!.split(' ')]));

  it('연습 페이지는 따로 없다: 스크립트마다 페이지는 /faq/<id>/ 하나다', () => {
    for (const site of [bundled, fixture]) {
      expect(site.exists('practice')).toBe(false);
      const files = htmlFiles(site.outDir);
      const scripts = files.filter((file) => file.startsWith('faq/')).map((file) => file.split('/')[1]!);
      // No other page is made per script: none has a script's id in its path.
      expect(files.filter((file) => !file.startsWith('faq/') && file.split('/').some((part) => scripts.includes(part)))).toEqual([]);
    }
    // The bundled content: 2 scripts → 2 script pages; the rest are lists set by the vocabulary (categories, sites) and fixed pages.
    const files = htmlFiles(bundled.outDir);
    expect(files.filter((file) => file.startsWith('faq/'))).toHaveLength(2);
    expect(files.filter((file) => !/^(faq|category|site)\//.test(file)).sort()).toEqual(['404.html', 'glossary/index.html', 'index.html', 'learn/index.html', 'updates/index.html']);
  });

  it('카드는 단계마다 모든 분기 경로를 한 번씩 다룬다 (학습 목록의 카드 키)', () => {
    expect(listedKeys(bundled.read('learn/index.html'))).toEqual({
      'valet-exit-not-processed': ['s2-b0', 's2-b1-0', 's2-b1-1'],
      'valet-pass-not-own-use': ['s2-b0', 's2-b1', 's2-b2'],
    });
    const keys = listedKeys(fixture.read('learn/index.html'));
    // Branches in two steps: ② Y/N and ③ 정기권 | 일반 › 결제 완료 | 일반 › 미결제 → 3 cards (not 2 × 3).
    expect(keys['exit-gate-closed']).toEqual(['s2-b0+s3-b0', 's2-b1+s3-b1-0', 's2-b1+s3-b1-1']);
    expect(keys['double-charge-card']).toEqual(['main']);
  });

  it('스크립트 페이지에는 연습 입구(카드 수, 연습 모드 주소, JavaScript 안내)만 있고 카드는 없다', () => {
    const html = bundled.read('faq/valet-exit-not-processed/index.html');
    const entry = /<section id="practice"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(spaced(entry)).toContain('연습 카드 3장');
    expect(entry).toContain('href="/faq/valet-exit-not-processed/?mode=practice#practice"');
    expect(spaced(entry)).toContain('연습 모드는 JavaScript가 필요합니다.');
    expect(html).not.toContain('class="practice-card');
    // The pager's link too; the entry stays out of the search record.
    expect(html).toContain('href="/faq/valet-exit-not-processed/?mode=practice#practice"');
    expect(entry).toMatch(/^<section id="practice"[^>]*data-pagefind-ignore="all"/);
  });

  it('학습 페이지는 카테고리별로 스크립트와 카드 수를 보여주고 스크립트의 연습 모드로 잇는다', () => {
    const text = spaced(fixture.read('learn/index.html'));
    expect(text).toContain('스크립트 4건을 분기 경로마다 카드 한 장씩, 모두 6장으로 연습합니다.');
    expect(text).toMatch(/주차 ▶ 정산 ▶ 중복결제 3건 가\. 카드로 두 번 결제됐어요\s*카드 1장/);
    expect(text).toMatch(/주차 ▶ 입출차 1건 출차 차단기가 열리지 않아요\s*카드 3장/);
    expect(fixture.read('learn/index.html')).toContain('href="/faq/exit-gate-closed/?mode=practice"');
    expect(fixture.read('learn/index.html')).not.toContain('/practice/');
    expect(bundled.read('index.html')).toMatch(/<a href="\/learn\/"[^>]*>학습<\/a>/);
  });
});
