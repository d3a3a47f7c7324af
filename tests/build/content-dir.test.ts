/** A team's own content directory builds through KB_CONTENT_DIR; bad content fails with file, line and field. */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { all, text as pageText } from '../helpers/html';

describe('KB_CONTENT_DIR', () => {
  it('다른 콘텐츠 디렉터리를 그대로 빌드한다', () => {
    const site = buildSite('tests/fixtures/content-mini');
    expect(site.status, site.output).toBe(0);
    expect(site.exists('faq/parking-fee-refund/index.html')).toBe(true);
    expect(site.exists('faq/valet-pass-not-own-use/index.html')).toBe(false);
    expect(site.exists('site/jamsil/index.html')).toBe(true);
    expect(site.exists('category/parking/payment/index.html')).toBe(true);

    const html = site.read('faq/parking-fee-refund/index.html');
    // remark-cjk-friendly: emphasis right before a Korean particle still renders.
    expect(html).toContain('<strong>카드사 승인 취소</strong>가');
    // remark-gfm tables and the Route component work in the notes.
    expect(all(html, 'table td').map(pageText)).toContain('카카오페이');
    expect(pageText(html)).toContain('[결제내역 경로]');
    expect(pageText(html)).toContain('▶카카오 T 앱 - [전체] - [결제내역]');
    // The search index reads the route as one line (RouteView.astro).
    expect(pageText(html)).toContain('▶ 카카오 T 앱 - [전체] - [결제내역]');
    expect(pageText(html)).toContain('차량번호 OOO OOOO로 결제된 주차 요금은 ○○○원입니다.');

    // The content directory's thesaurus.yaml is merged into the product's default for the browser.
    const { thesaurus } = JSON.parse(site.read('search/lexicon.json')) as { thesaurus: { words: [string, string][] } };
    expect(thesaurus.words).toContainEqual(['빠꾸', '취소']);
    expect(thesaurus.words).toContainEqual(['캔슬', '취소']);
    expect(thesaurus.words).toContainEqual(['잠실 파킹', '잠실 주차장']);
    expect(thesaurus.words.some(([, term]) => term === '세차')).toBe(false);
  });

  it('잘못된 콘텐츠는 빌드를 멈추고 파일, 줄, 필드, 고치는 법을 모두 알려준다', () => {
    const site = buildSite('tests/fixtures/content-bad');
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('3 content problems');
    expect(site.output).toContain('tests/fixtures/content-bad/faq/unknown-site.mdx:5 — sites[0]: unknown site "롯데월드"');
    expect(site.output).toContain('tests/fixtures/content-bad/faq/missing-title.mdx:2 — title: required field is missing');
    expect(site.output).toMatch(/duplicate-b\.mdx:2 — id: duplicate id "same-id", already used by tests\/fixtures\/content-bad\/faq\/duplicate-a\.mdx/);
    expect(site.exists('index.html')).toBe(false);
  });
});
