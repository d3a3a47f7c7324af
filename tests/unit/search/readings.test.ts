/** What search read the words as, handed to ranking: readings and the weight of verb forms. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { formCounts, withReadings } from '../../../src/search/readings';
import type { Term } from '../../../src/search/terms';

const lexicon = buildLexicon([], []);

describe('순위에 넘기는 읽기', () => {
  it('명사를 꾸미는 동사 꼴(맡긴: 순위에만)은 동사 꼴처럼 절반, 그 동사의 꼴도 함께 (맡기고, 맡겨)', () => {
    const terms: Term[] = [
      { typed: ['맡긴'], alternatives: [{ parts: ['맡기고'], reading: 'word' }, { parts: ['맡겨'], reading: 'word' }], weight: 1, optional: true },
      { typed: ['차량'], alternatives: [{ parts: ['차량'], reading: 'word' }], weight: 1 },
    ];
    const [verb, noun] = withReadings(planQuery('맡긴 차량', lexicon), terms).concepts;
    expect(verb).toMatchObject({ forms: ['맡긴'], weight: 0.5, readings: [{ form: '맡기고', weight: 1 }, { form: '맡겨', weight: 1 }] });
    // A word that names something keeps its weight; so does a required word.
    expect(noun).toMatchObject({ forms: ['차량'], weight: 1 });
    expect(withReadings(planQuery('맡긴 차량', lexicon), terms.map(({ optional: _, ...term }) => term)).concepts[0]!.weight).toBe(1);
  });
  it('검색에 꼭 있어야 하게 된 꾸미는 동사 꼴(맡긴 차가 안 나온대요: 옆에 명사 낱말이 없다)도 순위에서는 절반', () => {
    const terms: Term[] = [
      { typed: ['맡긴'], alternatives: [{ parts: ['맡긴'], reading: 'word' }], weight: 1, modifier: true },
      { typed: ['차가', '안', '나온대요'], alternatives: [{ parts: ['출차지연'], reading: 'thesaurus' }], weight: 1 },
    ];
    const [verb] = withReadings(planQuery('맡긴 차가 안 나온대요', lexicon), terms).concepts;
    expect(verb).toMatchObject({ forms: ['맡긴'], weight: 0.5 });
  });
});

describe('띄어 쓴 읽기의 희소성 (formCounts)', () => {
  const scripts: Record<string, number> = { 이용: 70, 중: 12, 차량: 50 };
  const count = (prefix: string) => scripts[prefix] ?? 0;
  const terms: Term[] = [{ typed: ['이용중이래요'], alternatives: [{ parts: ['이용', '중'], reading: 'thesaurus' }], weight: 1 }];
  it('사이트가 띄어 쓰는 말(이용중 → 이용 + 중)은 가장 드문 부분만큼: 어느 스크립트에도 없는 말(0)이 아니다', () => {
    expect(formCounts(terms, count)('이용중')).toBe(12);
  });
  it('사이트의 낱말 그대로는 그 수, 읽기에 없는 말은 0 (차량 50, 지갑 0)', () => {
    expect(formCounts(terms, count)('차량')).toBe(50);
    expect(formCounts(terms, count)('지갑')).toBe(0);
  });
});
