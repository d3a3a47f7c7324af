/** What search read the words as, handed to ranking: readings and the weight of verb forms. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { withReadings } from '../../../src/search/readings';
import type { Term } from '../../../src/search/resolve';

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
});
