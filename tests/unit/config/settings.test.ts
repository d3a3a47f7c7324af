import path from 'node:path';
import { describe, expect, it } from 'vitest';
import teamConfig from '../../../kb.config';
import { loadSettings, type KbConfig } from '../../../src/config/settings';

const freshness = (env: Record<string, string>, now?: Date) => loadSettings(env, teamConfig, { now }).freshness;

describe('설정: kb.config.ts 위에 KB_* 환경 변수', () => {
  it('KB_TODAY가 오늘을 정하고, 없으면 서울 날짜', () => {
    expect(freshness({ KB_TODAY: '2026-11-25' }).today).toBe('2026-11-25');
    expect(freshness({}, new Date('2026-11-24T16:30:00Z')).today).toBe('2026-11-25');
    expect(() => freshness({ KB_TODAY: '25.11.2026' })).toThrow('KB_TODAY must be a date written YYYY-MM-DD, got "25.11.2026"');
  });

  it('KB_REVIEW_DAYS와 KB_RECENT_DAYS로 주기를 바꾸고, 없으면 파일의 값', () => {
    expect(freshness({ KB_TODAY: '2026-11-25', KB_REVIEW_DAYS: '30', KB_RECENT_DAYS: '7' })).toEqual({ today: '2026-11-25', reviewDays: 30, recentDays: 7 });
    expect(freshness({ KB_TODAY: '2026-11-25' })).toEqual({ today: '2026-11-25', reviewDays: 90, recentDays: 14 });
    expect(() => freshness({ KB_REVIEW_DAYS: 'often' })).toThrow('KB_REVIEW_DAYS must be a whole number of days, got "often"');
    expect(() => freshness({ KB_RECENT_DAYS: '0' })).toThrow('KB_RECENT_DAYS');
  });

  it('디렉터리, 주소, 색인 허용을 환경 변수가 덮어쓴다', () => {
    const cwd = '/work/kb';
    const base = loadSettings({}, teamConfig, { cwd });
    expect(base).toMatchObject({ contentDir: path.join(cwd, 'content'), outDir: path.join(cwd, 'dist'), indexable: false });
    const env = { KB_CONTENT_DIR: '../team', KB_OUT_DIR: '/tmp/out', KB_SITE_URL: 'https://kb.example.com', KB_INDEXABLE: 'true' };
    expect(loadSettings(env, teamConfig, { cwd })).toMatchObject({ contentDir: '/work/team', outDir: '/tmp/out', siteUrl: 'https://kb.example.com', indexable: true });
    expect(() => loadSettings({ KB_INDEXABLE: 'yes' })).toThrow('KB_INDEXABLE must be true or false, got "yes"');
    expect(loadSettings({ KB_BASE: 'kb' }).base).toBe('/kb/');
    expect(loadSettings({}).base).toBe('/');
  });

  it('다른 팀은 파일 하나로 브랜드와 한도를 바꾼다; 잘못된 값은 필드를 말한다', () => {
    const other: KbConfig = { ...teamConfig, brand: { service: '카카오 T 주차', siteName: '주차 상담', mark: 'P' }, limits: { ...teamConfig.limits, feedItems: 20 } };
    expect(loadSettings({}, other)).toMatchObject({ brand: { service: '카카오 T 주차', siteName: '주차 상담' }, limits: { feedItems: 20, homePerCategory: 5 } });
    expect(() => loadSettings({}, { ...teamConfig, limits: { ...teamConfig.limits, feedItems: 0 } })).toThrow(/^kb\.config\.ts: limits\.feedItems: /);
  });
});
