/** The search core end to end over an in-memory engine: retrieval paths, ranking, excerpts as text, anchors. */
import { describe, expect, it, vi } from 'vitest';
import { searchKorean, targetKey, type SearchOutcome } from '../../../src/search/client';
import { commonThreshold } from '../../../src/search/data/format';
import { buildLexicon } from '../../../src/korean/lexicon';
import { testEngine, type TestPage } from '../../helpers/search-engine';

describe('하위 결과의 앵커 → 분기 키', () => {
  it('분기 제목 s2-b1-0-label → s2-b1-0, 단계 제목 s1-title → s1', () => {
    expect(targetKey('s2-b1-0-label')).toBe('s2-b1-0');
    expect(targetKey('s1-title')).toBe('s1');
  });
});

const filler = (index: number): TestPage => ({ id: `filler-${index}`, title: `기타 안내 ${index}`, text: '고객님 확인 감사합니다 요금 안내' });

describe('흔한 낱말은 비트셋, 드문 낱말은 Pagefind 한 번', () => {
  const pages: TestPage[] = [
    { id: 'pass-cancel', title: '발레패스 해지 문의', sections: [{ heading: '해지 경로 안내', text: '발레패스를 해지하려면 내차관리에서 해지합니다' }] },
    { id: 'exit', title: '출차처리가 되지 않았어요', sections: [{ heading: '입/출차오인식 확인', text: '출차 요금이 결제되었습니다' }] },
    ...Array.from({ length: 30 }, (_, index) => filler(index)),
  ];

  it('30개가 넘는 스크립트에 있는 "요금"은 Pagefind 없이 찾는다', async () => {
    expect(commonThreshold(pages.length)).toBeLessThanOrEqual(31);
    const engine = testEngine(pages);
    const outcome = await searchKorean(engine, '요금');
    expect(outcome.total).toBe(31);
    expect(engine.pagefindCalls).toEqual([]);
  });

  it('드문 낱말 "해지"는 Pagefind 검색 한 번', async () => {
    const engine = testEngine(pages);
    const outcome = await searchKorean(engine, '발레패스를 해지하려면');
    expect(outcome.hits[0]?.id).toBe('pass-cancel');
    expect(engine.pagefindCalls.sort()).toEqual(['발레패스', '해지']);
  });

  it('사이트에 없는 말은 어떤 검색에도 가지 않고, 결과가 없다', async () => {
    const engine = testEngine(pages);
    const outcome = await searchKorean(engine, 'qwzx 쀍');
    expect(outcome.hits).toEqual([]);
    expect(engine.pagefindCalls).toEqual([]);
  });

  it('낱말 대부분이 사이트에 없으면 한 낱말의 오타 추측으로 찾지 않는다 (비트코인 헤지 → 없음), 한 낱말 오타는 찾는다 (헤지 → 해지)', async () => {
    const engine = testEngine(pages);
    expect((await searchKorean(engine, '비트코인 냉장고 헤지')).hits).toEqual([]);
    expect((await searchKorean(engine, '발레패스 헤지')).hits[0]?.id).toBe('pass-cancel');
  });

  it('첫 자음 오타는 옆 글쇠 자음의 사전을 읽어 고친다 (잘레패스 → 발레패스: ㅈ은 ㅂ 옆)', async () => {
    const engine = testEngine(pages);
    // ㅈ (w) sits next to ㅂ (q) on the 2-beolsik keyboard: 잘레패스 reads as 발레패스.
    expect((await searchKorean(engine, '잘레패스')).hits[0]?.id).toBe('pass-cancel');
    expect((await searchKorean(engine, '잘레패스')).terms[0]?.corrected).toBe('발레패스');
  });

  it('맞은 곳: 제목이 아닌 단계에 낱말이 있으면 그 단계로 간다 (#s1)', async () => {
    const outcome = await searchKorean(testEngine(pages), '오인식');
    expect(outcome.hits[0]).toMatchObject({ id: 'exit', target: '/faq/exit/#s1', section: '입/출차오인식 확인' });
  });

  it('발췌는 글자 조각이고, 맞은 낱말만 표시한다', async () => {
    const outcome = await searchKorean(testEngine(pages), '결제');
    const excerpt = outcome.hits[0]!.excerpt;
    expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['결제되었습니다']);
    expect(excerpt.map((part) => part.text).join('')).toContain('출차 요금이 결제되었습니다');
  });
});

describe('HTML은 글자로만', () => {
  it('본문의 <img onerror>는 발췌에 글자로 남고, 태그가 되지 않는다', async () => {
    const outcome = await searchKorean(testEngine([{ id: 'x', title: '위험 문구', text: '&lt;img src=x onerror=alert(1)&gt; 위험 안내' }]), '위험');
    expect(outcome.hits[0]!.excerpt.map((part) => part.text).join('')).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('순위에만 쓰는 말 (optional)', () => {
  it('사이트에 있는 동사 꼴이 없는 스크립트도 목록에 든다 (주차 위치 모르겠어요 → "주차한 위치를 못 찾겠어요")', async () => {
    const pages: TestPage[] = [
      { id: 'find-car', title: '주차한 위치를 못 찾겠어요', text: '주차 위치 확인 방법' },
      { id: 'zone', title: '발레존 위치를 모르겠어요', text: '발레존 주차 위치 안내' },
      ...Array.from({ length: 10 }, (_, index) => filler(index)),
    ];
    const outcome = await searchKorean(testEngine(pages), '주차 위치 모르겠어요');
    expect(outcome.hits.map((hit) => hit.id)).toContain('find-car');
  });
});

describe('문장 검색: 한 낱말이 빠진 스크립트', () => {
  const pages: TestPage[] = [
    { id: 'autopay', title: '자동결제가 안 돼서 출구에서 막혔어요', text: '자동결제 카드 확인 후 출구 정산' },
    { id: 'lot', title: '주차장 이용 안내', text: '주차장 출구 위치와 자동결제 등록 경로 안내 방법' },
    ...Array.from({ length: 10 }, (_, index) => filler(index)),
  ];
  it('네 낱말 이상 문장에서, 흔한 낱말 하나만 빠지고 드문 낱말이 맞는 스크립트도 목록에 든다 (주차장 없이 자동결제·출구)', async () => {
    const outcome = await searchKorean(testEngine(pages), '주차장 나가는데 자동결제 출구 막혔어요');
    expect(outcome.hits.map((hit) => hit.id)).toContain('autopay');
  });
  it('세 낱말부터 한 낱말이 빠진 스크립트도 들되, 모든 낱말이 맞는 스크립트가 먼저 (주차장 자동결제 출구)', async () => {
    const outcome = await searchKorean(testEngine(pages), '주차장 자동결제 출구');
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['lot', 'autopay']);
  });
  it('두 낱말은 조건의 목록: 둘 다 맞는 것만 (주차장 출구)', async () => {
    const outcome = await searchKorean(testEngine(pages), '주차장 출구');
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['lot']);
  });
});

describe('문장 속에 지나가듯 말한 현장 (inPassing)', () => {
  const pages: TestPage[] = [
    { id: 'delay', title: '출차 요청 후 대기 시간이 너무 길어요', text: '출차지연 안내 발레존 확인', sites: ['김포공항'] },
    { id: 'coex-key', title: '차량 키를 돌려받지 못했어요', text: '발레존 직원 확인', sites: ['코엑스'] },
    { id: 'coex-hours', title: '발레 운영시간이 궁금해요', text: '운영시간 안내 대기 없이', sites: ['코엑스'] },
  ];
  const engine = testEngine(pages, buildLexicon([], ['코엑스', '김포공항']));
  const ids = async (query: string) => (await searchKorean(engine, query)).hits.map((hit) => hit.id);

  it('그 현장에 낱말을 모두 가진 스크립트가 없고 다른 현장에 있으면 그것을 보이고, 현장을 뺐다고 한다', async () => {
    const outcome = await searchKorean(engine, '코엑스에서 출차지연 발레존');
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['delay']);
    expect(outcome.siteDropped).toBe(true);
  });
  it('그 현장에 모두 가진 스크립트가 있으면 현장을 지킨다 (코엑스 발레존 직원)', async () => {
    expect(await ids('코엑스 발레존 직원')).toEqual(['coex-key']);
  });
  it('어디에도 모두 가진 스크립트가 없으면 예전처럼 그 현장의 일부 일치 (코엑스 운영시간 출차지연)', async () => {
    expect(await ids('코엑스 운영시간 출차지연')).toEqual(['coex-hours']);
  });
});

describe('첫눈 (first look): 본문이 오는 동안 카드로 먼저 보여 준다', () => {
  const pages: TestPage[] = [
    { id: 'pass-cancel', title: '발레패스 해지 문의', sections: [{ heading: '해지 경로 안내', text: '발레패스를 해지하려면 내차관리에서 해지합니다' }] },
    { id: 'refund', title: '환불 안내', sections: [{ heading: '환불 기간', text: '발레패스 해지 후 환불은 3일 걸립니다' }] },
    ...Array.from({ length: 10 }, (_, index) => filler(index)),
  ];
  /** An engine whose fragments wait until released (a slow network), with the cards loaded at idle. */
  const slowEngine = async () => {
    const engine = testEngine(pages);
    await engine.data.cards();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    engine.fragmentDelay = () => gate;
    return { engine, release };
  };

  it('제목 순서의 첫눈이 본문보다 먼저 오고 (발췌 없음), 끝 결과는 본문의 발췌와 단계를 갖는다', async () => {
    const { engine, release } = await slowEngine();
    const looks: SearchOutcome[] = [];
    const final = searchKorean(engine, '발레패스 해지', {
      onFirstLook: (outcome, textPending) => {
        if (textPending) looks.push(outcome);
      },
    });
    await vi.waitFor(() => expect(looks).toHaveLength(1));
    const [look] = looks;
    expect(look!.firstLook).toBe(true);
    expect(look!.hits.map((hit) => hit.id)).toEqual(['pass-cancel', 'refund']);
    expect(look!.hits[0]).toMatchObject({ title: '발레패스 해지 문의', target: '/faq/pass-cancel/', excerpt: [] });
    expect(look!.total).toBe(2);
    release();
    const outcome = await final;
    expect(outcome.firstLook).toBeUndefined();
    expect(outcome.hits[0]!.id).toBe('pass-cancel');
    expect(outcome.hits[0]!.excerpt.length).toBeGreaterThan(0);
    expect(looks).toHaveLength(1);
  });

  it('본문이 올 것이 있을 때만 첫눈을 보일 만하다고 알린다 (다 있으면 textPending = false)', async () => {
    const { engine, release } = await slowEngine();
    release();
    const pending: boolean[] = [];
    const onFirstLook = (_: SearchOutcome, textPending: boolean) => void pending.push(textPending);
    await searchKorean(engine, '발레패스 해지', { onFirstLook });
    await searchKorean(engine, '발레패스 해지', { onFirstLook });
    expect(pending).toEqual([true, false]);
  });

  it('첫눈이 약속을 돌려주면 (화면에 그린 뒤), 본문은 그것이 끝난 뒤에 요청한다', async () => {
    const engine = testEngine(pages);
    await engine.data.cards();
    const requested: number[] = [];
    const fragment = engine.data.fragment;
    engine.data.fragment = (script) => {
      requested.push(script);
      return fragment(script);
    };
    let painted!: () => void;
    const paint = new Promise<void>((resolve) => (painted = resolve));
    let looked = false;
    const final = searchKorean(engine, '발레패스 해지', {
      onFirstLook: () => {
        looked = true;
        return paint;
      },
    });
    await vi.waitFor(() => expect(looked).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requested).toEqual([]);
    painted();
    expect((await final).hits[0]!.id).toBe('pass-cancel');
    expect(requested.length).toBeGreaterThan(0);
  });

  it('카드가 아직 없으면 (유휴 로딩 전) 첫눈 없이 끝 결과만', async () => {
    const engine = testEngine(pages);
    const onFirstLook = vi.fn();
    expect((await searchKorean(engine, '발레패스 해지', { onFirstLook })).hits[0]!.id).toBe('pass-cancel');
    expect(onFirstLook).not.toHaveBeenCalled();
  });
});
