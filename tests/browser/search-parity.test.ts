/**
 * A query typed into the search box shows the same first result as the benchmark gets for it
 * (bench/search/in-page.ts), on the benchmark's own corpus built like a team's content.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { searchInPage } from '../../bench/search/in-page';
import { buildSite, projectRoot } from '../helpers/build';
import { launchBrowser, serveDir, type StaticSite } from '../helpers/browser';

const corpus = path.join(projectRoot, 'tests/fixtures/search-corpus');
const queries = parse(readFileSync(path.join(corpus, 'queries.yaml'), 'utf8')) as { kind: string; query: string; expected: string }[];
/**
 * One query of each kind that finds a script (exact, particle, compound, spacing, synonym, colloquial,
 * choseong, partial, site, latin, customer, typo — one in the first consonant's neighbouring shard —,
 * keyboard, conversational), each one the search ranks first.
 */
const paritySample = [
  '발레패스 해지', '출차가 안돼요', '발레패스를 해지하려면', '등록정보', '발레 패스 해지', '렌트카', '차 팔았는데 결제됨', 'ㅂㄹㅍㅅ ㄷㄹ', '발레패스 햊', '인천공항 출차 대기', 'CCTV 영상',
  '부킹 캔슬', '예약 환볼', '잘레패스 등록', 'rufwp tlfvo', '공항에 3일 맡기고 하루 일찍 찾았는데 남은 날짜 요금 돌려받을 수 있냐고 하세요',
];
const sample = paritySample.map((text) => queries.find((query) => query.query === text)!);

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  const build = buildSite(corpus);
  if (build.status !== 0) throw new Error(build.output);
  site = await serveDir(build.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('검색창과 벤치마크는 같은 검색을 한다', () => {
  it.each(sample)('[$kind] "$query" → 검색창의 첫 결과 = 벤치마크의 첫 결과 = $expected', async ({ query, expected }) => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('searchbox').fill(query);
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 40_000 }).toBe(query.trim());
    const typed = await page.locator('.search-hit a').first().getAttribute('href');
    const bench = await searchInPage(page, query);
    expect(typed).toBe(bench.hits[0]?.target);
    expect(bench.hits[0]?.id).toBe(expected);
    await page.close();
  });
});
