/** The build-time vocabulary: words once, common prefixes with bitsets, aliases for compounds and 초성. */
import { describe, expect, it } from 'vitest';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { bitsetIds, commonThreshold, fragmentHashes, shardKey, splitBitsets } from '../../../src/search/data/format';
import { aliasesOf, choseongTargets, findWord, hasPrefix, indexShard } from '../../../src/search/vocabulary';

const record = (title: string, content: string, headings: string[] = [], category = '발레 ▶ 오류 ▶ 기타', sites = ['기타현장']): PageRecord => ({
  fragment: `ko_${title.length}`,
  bundle: 'pagefind',
  id: `faq-${title.length}`,
  page: `/faq/faq-${title.length}/`,
  title,
  headings,
  content: `${title} ${headings.join(' ')} ${content}`,
  category,
  sites,
});

const shardOf = (data: ReturnType<typeof buildSearchData>, text: string) => indexShard(data.shards.get(shardKey(text))!);

describe('낱말 사전', () => {
  const data = buildSearchData([
    record('발레 출차처리가 되지 않았어요', '현장에서 전산완료가 원활하게 진행되지 않았습니다', ['입/출차오인식 확인']),
    record('발레패스 본인 미사용 문의', '사업자등록증을 보내 주시면 발레패스를 해지합니다', ['해지 경로']),
  ]);

  it('페이지에 있는 낱말이 한 번씩 들어가고, 초성 자음별 조각으로 나뉜다', () => {
    expect(findWord(shardOf(data, '발레패스를'), '발레패스를')?.[1]).toBe(1);
    expect(findWord(shardOf(data, '발레'), '발레')?.[1]).toBe(1);
    expect(findWord(shardOf(data, '발레'), '발레패')).toBeUndefined();
    expect(shardKey('발레')).toBe('ㅂ');
    expect(shardKey('빨리')).toBe('ㅂ');
    expect(shardKey('ㅂㄹㅍㅅ')).toBe('ㅂ');
    expect(shardKey('IFC')).toBe('i');
  });

  it('복합어 가운데 말: 오인식 → 입출차오인식, 등록증 → 사업자등록증 (이미 낱말의 앞부분인 말은 빼고)', () => {
    expect(aliasesOf(shardOf(data, '오인식'), '오인식', 'part')).toEqual(['입출차오인식']);
    expect(aliasesOf(shardOf(data, '등록증'), '등록증', 'part')).toEqual(['사업자등록증']);
    expect(aliasesOf(shardOf(data, '발레'), '발레', 'part')).toEqual([]);
  });

  it('앞부분이 한 음절이면 가운데 말이 아니다: 자주식 ≠ 자 + 주식', () => {
    const parking = buildSearchData([record('자주식 주차장 안내', '자주식 주차장은 직접 주차합니다')]);
    expect(aliasesOf(shardOf(parking, '주식'), '주식', 'part')).toEqual([]);
  });

  it('초성: 제목·단계 낱말과 제목 전체 (ㅂㄹㅍㅅ → 발레패스, ㅂㄹㅍㅅㅂㅇ… → 제목 낱말 모두)', () => {
    expect(choseongTargets(shardOf(data, 'ㅂ'), 'ㅂㄹㅍㅅ', 3)[0]).toBe('발레패스');
    expect(choseongTargets(shardOf(data, 'ㅂ'), 'ㅂㄹㅍㅅㅂㅇ', 3)).toEqual(['발레패스 본인']);
    expect(choseongTargets(shardOf(data, 'ㅂ'), 'ㅂㄹㅍㅅㅂㅇㅁㅅㅇㅁㅇ', 3)).toEqual(['발레패스 본인 미사용']);
    expect(choseongTargets(shardOf(data, 'ㅎ'), 'ㅎㅈㄱㄹ', 3)).toEqual(['해지 경로']);
    // Words only in sentences get no 초성 alias (they would flood short 초성 queries).
    expect(choseongTargets(shardOf(data, 'ㅎ'), 'ㅎㅈㅇㄹ', 3)).toEqual([]);
  });

  it('문장 속 동사 어미는 복합어로 쪼개지 않는다 (진행되지 → 행되지 없음)', () => {
    expect(aliasesOf(shardOf(data, '행되지'), '행되지', 'part')).toEqual([]);
  });

  it('스크립트 표: 조각 해시, 카테고리, 현장', () => {
    expect(fragmentHashes(data.table)).toEqual(['ko_16', 'ko_14']);
    expect(data.table.fragmentPrefix).toBe('ko_');
    expect(data.table.categories).toEqual(['발레 ▶ 오류 ▶ 기타']);
    expect(data.table.siteSets).toEqual([[0]]);
    expect(data.table.site).toEqual([0, 0]);
  });

  it('스크립트 카드: 표와 같은 순서의 id, 페이지, 제목 (첫눈에 보여 줄 것)', () => {
    expect(data.cards).toEqual({
      ids: ['faq-16', 'faq-14'],
      pages: ['/faq/faq-16/', '/faq/faq-14/'],
      titles: ['발레 출차처리가 되지 않았어요', '발레패스 본인 미사용 문의'],
    });
  });
});

describe('흔한 앞부분의 비트셋', () => {
  const pages = Array.from({ length: 40 }, (_, index) => record(`문의 ${index}`, index % 2 ? '요금 안내' : index % 5 ? '요금제 변경' : '환불', index % 4 ? [] : ['요금 확인']));
  const data = buildSearchData(pages);

  it('스크립트 수의 10분의 1 이상(최대 300)에 든 앞부분만 흔하다', () => {
    expect(commonThreshold(40)).toBe(4);
    expect(commonThreshold(10_000)).toBe(300);
    expect(data.commonAt).toBe(4);
    expect(shardOf(data, '환').common.has('환불')).toBe(true); // 4 of 40
    expect(shardOf(data, '요').common.has('요금')).toBe(true);
  });

  it('"요금"의 비트셋 = "요금"으로 시작하는 낱말이 있는 스크립트 (요금제 포함), 제목·제목 줄도 따로', () => {
    const entry = shardOf(data, '요금').common.get('요금')!;
    const bits = splitBitsets(data.bitsets.get(entry[1])!.slice().buffer, pages.length);
    const expected = pages.flatMap((page, index) => (/(^| )요금/.test(page.content) ? [index] : []));
    expect(bitsetIds(bits.any)).toEqual(expected);
    expect(entry[2]).toBe(expected.length);
    expect(bitsetIds(bits.heading)).toEqual(pages.flatMap((page, index) => (page.headings.length ? [index] : [])));
    expect(bitsetIds(bits.title)).toEqual([]);
  });

  it('같은 스크립트 집합은 파일 하나를 함께 쓴다 (환 = 환불), 다른 집합은 다른 파일 (요금 ≠ 요금제)', () => {
    const shard = shardOf(data, '환');
    expect(shard.common.get('환')?.[1]).toBe(shard.common.get('환불')?.[1]);
    const fees = shardOf(data, '요금');
    expect(fees.common.get('요금')?.[1]).not.toBe(fees.common.get('요금제')?.[1]);
  });
});
