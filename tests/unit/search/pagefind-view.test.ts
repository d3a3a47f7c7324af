/** What the build hands Pagefind of a page: the head and <main>, never the chrome around it. */
import { describe, expect, it } from 'vitest';
import { pagefindView } from '../../../src/search/build/pagefind-parts';

const page = [
  '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>발레 출차처리가 되지 않았어요.</title><link rel="stylesheet" href="/_astro/a.css"></head>',
  '<body><header><nav>주요 메뉴 카테고리 현장</nav></header>',
  '<aside><nav class="category-nav-body">발레 ▶ 오류</nav></aside>',
  '<main id="main"><article data-pagefind-body><h1>발레 출차처리가 되지 않았어요.</h1><span data-pagefind-meta="category">발레 ▶ 오류</span></article></main>',
  '<footer>카카오 T 발레</footer></body></html>',
].join('');

describe('pagefindView', () => {
  it('머리(제목·언어)와 <main>만 남기고 머리글·사이드바·바닥글은 뺀다', () => {
    const view = pagefindView(page);
    expect(view).toContain('<html lang="ko"><head><title>발레 출차처리가 되지 않았어요.</title></head>');
    expect(view).toContain('<main id="main"><article data-pagefind-body><h1>발레 출차처리가 되지 않았어요.</h1><span data-pagefind-meta="category">발레 ▶ 오류</span></article></main>');
    expect(view).not.toMatch(/주요 메뉴|category-nav-body|<footer/);
    expect(view.endsWith('</main></body></html>')).toBe(true);
  });

  it('Pagefind가 읽지 않는 속성(class, aria-*, 우리 data-*, Astro의 data-astro-cid)만 시작 태그에서 빼고, data-pagefind-*·id·hidden과 본문 글자는 그대로 둔다', () => {
    const main = [
      '<main id="main" tabindex="-1"><article class="script" data-faq="x" data-pagefind-body>',
      '<h2 id="step-1" class="step-title" data-astro-cid-ab12>① 안내</h2>',
      '<p class="line" data-line="고객님, {차량번호} 차량 맞으신가요?" aria-describedby="t1">고객님, class="a" 차량 맞으신가요?</p>',
      '<div hidden data-pagefind-ignore><span data-pagefind-meta="id">x</span></div>',
      '<p data-line="a > b" class="c">a &gt; b</p></article></main>',
    ].join('');
    const view = pagefindView(`<html lang="ko"><head><title>t</title></head><body>${main}</body></html>`);
    expect(view).toBe(
      [
        '<!DOCTYPE html><html lang="ko"><head><title>t</title></head><body>',
        '<main id="main" tabindex="-1"><article data-pagefind-body>',
        '<h2 id="step-1">① 안내</h2>',
        '<p>고객님, class="a" 차량 맞으신가요?</p>',
        '<div hidden data-pagefind-ignore><span data-pagefind-meta="id">x</span></div>',
        // A `>` inside a value ends the tag early for the pattern: nothing of it is removed, nothing breaks.
        '<p data-line="a > b" class="c">a &gt; b</p></article></main></body></html>',
      ].join(''),
    );
  });

  it('<main>이 없는 페이지는 그대로 넘긴다 (색인에서 빠지는 일이 없다)', () => {
    const plain = '<html><head></head><body><article data-pagefind-body>본문</article></body></html>';
    expect(pagefindView(plain)).toBe(plain);
    expect(pagefindView('<html><body><main>열린 main')).toBe('<html><body><main>열린 main');
  });
});
