/** The built site shows what changed, for fixture dates with a fixed clock (KB_TODAY=2026-11-25, KB_REVIEW_DAYS=60). */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';
import { all, attr, one, text as pageText } from '../helpers/html';

const fixture = path.resolve(__dirname, '../fixtures/content-updates');
let site: BuildResult;

beforeAll(() => {
  const saved = { today: process.env.KB_TODAY, review: process.env.KB_REVIEW_DAYS };
  Object.assign(process.env, { KB_TODAY: '2026-11-25', KB_REVIEW_DAYS: '60' });
  try {
    site = buildSite(fixture);
  } finally {
    for (const [key, value] of [['KB_TODAY', saved.today], ['KB_REVIEW_DAYS', saved.review]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  if (site.status !== 0) throw new Error(site.output);
});

const badgesOf = (id: string) => all(site.read(`faq/${id}/index.html`), '[data-badge]').map((badge) => attr(badge, 'data-badge'));

describe('NEW / 변경 / 검토 필요 배지', () => {
  it.each([
    ['fresh-new', ['new']],
    ['edge-13-days', ['new']],
    ['edge-14-days', []],
    ['recently-changed', ['changed']],
    ['reviewed-recently', []],
    ['review-overdue', ['review']],
  ])('%s → %j', (id, badges) => {
    expect(badgesOf(id)).toEqual(badges);
  });

  it('변경 배지는 변경 요약을 함께 보여 준다', () => {
    const text = pageText(site.read('faq/recently-changed/index.html'));
    expect(text).toContain('변경 — 2026년 11월 18일 변경: 0원 안내 문장을 고객 응대 기준에 맞게 수정');
  });

  it('검토 필요 배지는 마지막 확인일과 주기(KB_REVIEW_DAYS=60)를 말한다', () => {
    expect(pageText(site.read('faq/review-overdue/index.html'))).toContain('검토 필요 — 마지막 확인 2026년 9월 20일, 검토 주기 60일 지남');
  });

  it('목록 카드에도 배지가 붙는다', () => {
    const card = all(site.read('index.html'), '.faq-card').find((item) => one(item, 'a[href="/faq/fresh-new/"]'));
    expect(all(card!, '[data-badge]').map((badge) => attr(badge, 'data-badge'))).toEqual(['new']);
  });
});

describe('최근 업데이트 페이지', () => {
  it('변경 내역을 최신순으로, 요약과 함께 보여 준다', () => {
    const html = site.read('updates/index.html');
    const order = all(html, 'li.update-item[data-kind]').map((item) => `${attr(item, 'data-faq')}:${attr(item, 'data-kind')}`);
    expect(order).toEqual([
      'junggwalhowa-kkeoksoega-inneun-munjang:new',
      'fresh-new:new',
      'recently-changed:changed',
      'edge-13-days:new',
      'edge-14-days:new',
      'review-overdue:new',
      'recently-changed:new',
      'reviewed-recently:new',
    ]);
    const item = (faq: string, kind: string) => pageText(one(html, `li.update-item[data-faq="${faq}"][data-kind="${kind}"]`));
    expect(item('recently-changed', 'changed')).toBe('변경최근 바뀐 스크립트0원 안내 문장을 고객 응대 기준에 맞게 수정발레 ▶ 오류 ▶ 입/출차오인식');
    expect(item('fresh-new', 'new')).toBe('새 스크립트새로 추가된 스크립트새 스크립트 작성발레 ▶ 오류 ▶ 입/출차오인식 · 담당 발레 CS팀');
    expect(pageText(html)).toContain('2026년 11월 18일');
  });

  it('검토가 밀린 스크립트만 검토 필요 목록에 있다', () => {
    const html = site.read('updates/index.html');
    const backlog = one(html, 'section.review-backlog');
    expect(all(backlog!, '[data-faq]').map((item) => attr(item, 'data-faq'))).toEqual(['review-overdue']);
    expect(pageText(backlog)).toContain('마지막 확인 2026년 9월 20일 · 검토 기한 2026년 11월 19일 · 담당 정산팀');
  });

  it('주 메뉴에 최근 업데이트가 있다', () => {
    expect(one(site.read('index.html'), 'a[href="/updates/"]')).toBeDefined();
  });
});

describe('관련 스크립트', () => {
  it('related에 적은 스크립트로 링크한다', () => {
    const html = site.read('faq/fresh-new/index.html');
    const related = one(html, 'nav.related-scripts[aria-labelledby="related-fresh-new"]');
    expect(all(related!, 'a').map((link) => [attr(link, 'href'), pageText(link)])).toEqual([['/faq/recently-changed/', '최근 바뀐 스크립트']]);
  });
});

describe('RSS 피드', () => {
  it('/updates.xml에 같은 변경 내역이 최신순으로 있다', () => {
    const xml = site.read('updates.xml');
    expect(xml).toContain('<title>상담 스크립트 — 최근 업데이트</title>');
    const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map((match) => match[1]);
    expect(titles.slice(0, 3)).toEqual(['[새 스크립트] 중괄호와 꺾쇠가 있는 문장', '[새 스크립트] 새로 추가된 스크립트', '[변경] 최근 바뀐 스크립트']);
    expect(xml).toContain('<description>0원 안내 문장을 고객 응대 기준에 맞게 수정</description>');
    expect(xml).toContain('/faq/recently-changed/#update-2026-11-18</link>');
  });
});

describe('가져온 MDX에 위험한 글자', () => {
  it('{ } < > 가 들어간 본문 메모와 스크립트 문장이 적힌 그대로 보인다', () => {
    const text = pageText(site.read('faq/junggwalhowa-kkeoksoega-inneun-munjang/index.html'));
    expect(text).toContain('안내 전 확인: {고객명} 님의 <발레> 이용 건 & 요금 > 0원 여부');
    expect(text).toContain('요금은 {요금} 원이며 <현장 결제> 여부를 확인합니다.');
    expect(text).toContain('요금 > 0원이면 안내하고, 요금 < 1,000원이면 {면제} 합니다.');
    expect(text).not.toContain('kb import:');
  });
});
