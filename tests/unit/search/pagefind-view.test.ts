/** What the build hands Pagefind of a page: the head and <main>, never the chrome around it. */
import { describe, expect, it } from 'vitest';
import { pagefindView } from '../../../src/search/build/pagefind-parts';

const page = [
  '<!DOCTYPE html><html lang="ko"><head><title>발레 출차처리가 되지 않았어요.</title></head>',
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

  it('<main>이 없는 페이지는 그대로 넘긴다 (색인에서 빠지는 일이 없다)', () => {
    const plain = '<html><head></head><body><article data-pagefind-body>본문</article></body></html>';
    expect(pagefindView(plain)).toBe(plain);
    expect(pagefindView('<html><body><main>열린 main')).toBe('<html><body><main>열린 main');
  });
});
