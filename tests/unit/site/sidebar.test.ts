import { describe, expect, it } from 'vitest';
import { opensChildren, sidebarLimits, sidebarSites, windowAround } from '../../../src/site/sidebar';

const large = sidebarLimits.wholeTree + 1;

describe('사이드바: 어느 카테고리를 펼치나', () => {
  it('작은 트리는 모두 펼친다', () => {
    expect(opensChildren(['주차', '정산'], undefined, sidebarLimits.wholeTree)).toBe(true);
  });

  it('큰 트리는 지금 있는 카테고리와 그 조상만 펼친다', () => {
    const here = ['발레', '오류', '입/출차오인식'];
    expect(opensChildren(['발레'], here, large)).toBe(true);
    expect(opensChildren(['발레', '오류'], here, large)).toBe(true);
    expect(opensChildren(['발레', '오류', '입/출차오인식'], here, large)).toBe(true);
    expect(opensChildren(['발레', '결제'], here, large)).toBe(false);
    expect(opensChildren(['주차'], here, large)).toBe(false);
    // A deeper category below the reader's is not opened, nor is anything on a page outside the tree.
    expect(opensChildren(['발레', '오류', '입/출차오인식', '현장'], here, large)).toBe(false);
    expect(opensChildren(['발레'], undefined, large)).toBe(false);
  });
});

describe('사이드바: 같은 카테고리 스크립트 창', () => {
  const items = Array.from({ length: 40 }, (_, i) => i);

  it('짧은 목록은 모두 보여준다', () => {
    expect(windowAround([1, 2, 3], 1, 15)).toEqual({ shown: [1, 2, 3], before: 0, after: 0 });
  });

  it('긴 목록은 현재 항목을 가운데 두고 앞뒤에 남은 수를 센다', () => {
    expect(windowAround(items, 20, 15)).toEqual({ shown: items.slice(13, 28), before: 13, after: 12 });
  });

  it('처음과 끝에서는 창이 목록 안에 머문다', () => {
    expect(windowAround(items, 0, 15)).toEqual({ shown: items.slice(0, 15), before: 0, after: 25 });
    expect(windowAround(items, 39, 15)).toEqual({ shown: items.slice(25), before: 25, after: 0 });
  });
});

describe('사이드바: 현장 목록', () => {
  const sites = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `현장${i}` }));

  it('현장이 적으면 모두 보여준다', () => {
    expect(sidebarSites(sites(3), { isPage: () => false })).toHaveLength(3);
  });

  it('현장이 많으면 스크립트의 현장과 지금 보는 현장만 보여준다', () => {
    const many = sites(sidebarLimits.allSites + 1);
    expect(sidebarSites(many, { names: ['현장2', '현장5'], isPage: () => false }).map((site) => site.name)).toEqual(['현장2', '현장5']);
    expect(sidebarSites(many, { isPage: (site) => site.name === '현장7' }).map((site) => site.name)).toEqual(['현장7']);
    expect(sidebarSites(many, { isPage: () => false })).toEqual([]);
  });
});
