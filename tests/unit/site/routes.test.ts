import { describe, expect, it } from 'vitest';
import { normaliseBase, parseRoute, routePath, type Route } from '../../../src/site/routes';

const routes: Route[] = [
  { page: 'home' },
  { page: 'faq', id: 'valet-exit-not-processed' },
  { page: 'category', slugs: ['valet', 'error'] },
  { page: 'categories' },
  { page: 'site', slug: 'everland' },
  { page: 'sites' },
  { page: 'learn', slugs: [] },
  { page: 'learn', slugs: ['valet', 'error'] },
  { page: 'glossary' },
  { page: 'updates' },
];

describe('경로 표', () => {
  it('base 아래에 주소를 만든다: 루트와 하위 경로(/kb/)', () => {
    expect(routePath({ page: 'faq', id: 'a' }, '/')).toBe('/faq/a/');
    expect(routePath({ page: 'faq', id: 'a' }, '/kb')).toBe('/kb/faq/a/');
    expect(routePath({ page: 'home' }, 'kb/')).toBe('/kb/');
    expect(routePath({ page: 'glossary', slug: 'valet-pass' }, '/kb/')).toBe('/kb/glossary/#valet-pass');
    expect(routePath({ page: 'search', query: '발레 요금' }, '/')).toBe('/?q=%EB%B0%9C%EB%A0%88%20%EC%9A%94%EA%B8%88');
    expect(routePath({ page: 'asset', file: '/favicon.svg' }, '/kb/')).toBe('/kb/favicon.svg');
    // Practice is a mode of the script page: the script's own path with ?mode=practice.
    expect(routePath({ page: 'practice', id: 'a' }, '/kb/')).toBe('/kb/faq/a/?mode=practice');
    expect(normaliseBase(undefined)).toBe('/');
  });

  it('만든 주소를 되읽으면 같은 경로가 나온다', () => {
    for (const base of ['/', '/kb/']) for (const route of routes) expect(parseRoute(routePath(route, base), base), JSON.stringify(route)).toEqual(route);
  });

  it('base 밖의 주소, 끝 슬래시가 없는 주소, 모르는 주소는 경로가 아니다', () => {
    expect(parseRoute('/faq/a/', '/kb/')).toBeUndefined();
    expect(parseRoute('/kb/faq/a', '/kb/')).toBeUndefined();
    expect(parseRoute('/kb/unknown/', '/kb/')).toBeUndefined();
  });
});
