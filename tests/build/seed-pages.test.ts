/** The bundled content builds, and every sentence of the seed export reaches the right page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledSite } from '../helpers/build';
import { all, attr, one, text as pageText } from '../helpers/html';
import { readSeed } from '../helpers/seed';

const seed = readSeed();
const pages: Record<number, string> = { 1: 'faq/valet-pass-not-own-use/index.html', 2: 'faq/valet-exit-not-processed/index.html' };
let site: Awaited<ReturnType<typeof bundledSite>>;

beforeAll(async () => {
  site = await bundledSite();
});

describe('시드 스크립트 페이지', () => {
  it('시드에는 질문이 두 개 있고 각 페이지가 만들어진다', () => {
    expect(seed.questions.map((q) => q.number)).toEqual([1, 2]);
    for (const file of Object.values(pages)) expect(site.exists(file)).toBe(true);
  });

  for (const question of seed.questions) {
    it(`Q${question.number}의 모든 문장이 그 페이지에 그대로 있다`, () => {
      const text = pageText(site.read(pages[question.number]!));
      const missing = [seed.title, question.title, ...question.sentences].filter((sentence) => !text.includes(sentence));
      expect(missing).toEqual([]);
      expect(question.sentences.length).toBeGreaterThan(10);
    });
  }

  it('다른 질문의 고유 문장은 섞이지 않는다', () => {
    const q1 = pageText(site.read(pages[1]!));
    expect(q1).not.toContain('그러시군요. 발레존 측으로 확인하여');
    const q2 = pageText(site.read(pages[2]!));
    expect(q2).not.toContain('차량정보는 아래링크를 통해 삭제 부탁드립니다.');
  });

  it('JavaScript 없이도 모든 분기가 HTML에 있다', () => {
    const count = (html: string) => all(html, 'section.branch').length;
    expect(count(site.read(pages[1]!))).toBe(3);
    expect(count(site.read(pages[2]!))).toBe(4);
    expect(one(site.read(pages[2]!), '#s2-b1-1')).toBeDefined();
  });

  it('빈 슬롯은 자리표시로 표시되고 이름이 붙는다', () => {
    const html = site.read(pages[1]!);
    expect(html).toContain('<span class="slot" data-slot="carNumber" title="차량번호">OOO OOOO</span><span class="josa" data-josa="은/는">는</span>');
  });

  it('외부 링크는 새 창에서 안전하게 열린다', () => {
    expect(site.read(pages[1]!)).toContain('<a href="https://t.kakao.com/launch?page=vehicle" rel="noopener noreferrer" target="_blank">');
  });

  it('페이지는 한국어 문서이고 색 구성표를 따른다', () => {
    for (const file of ['index.html', ...Object.values(pages)]) {
      expect(attr(one(site.read(file), 'html'), 'lang')).toBe('ko');
    }
  });
});

describe('목록 페이지', () => {
  it('홈은 카테고리별로 두 스크립트를 모두 보여준다', () => {
    const home = site.read('index.html');
    expect(home).toContain('href="/faq/valet-pass-not-own-use/"');
    expect(home).toContain('href="/faq/valet-exit-not-processed/"');
    expect(pageText(home)).toContain('발레 ▶ 오류 ▶ 입/출차오인식');
  });

  it('카테고리 페이지는 하위 트리의 스크립트를 모은다', () => {
    const root = pageText(site.read('category/valet/index.html'));
    expect(root).toContain('발레패스 본인 미사용 문의');
    expect(root).toContain('발레 출차처리가 되지 않았어요.');
    const leaf = pageText(site.read('category/valet/error/entry-exit-misread/index.html'));
    expect(leaf).toContain('발레 출차처리가 되지 않았어요.');
    expect(leaf).not.toContain('발레패스 본인 미사용 문의');
  });

  it('현장마다 페이지가 있고 그 현장의 스크립트를 보여준다', () => {
    for (const slug of ['everland', 'incheon-airport', 'other-sites']) {
      const text = pageText(site.read(`site/${slug}/index.html`));
      expect(text).toContain('발레패스 본인 미사용 문의');
      expect(text).toContain('발레 출차처리가 되지 않았어요.');
    }
  });
});
