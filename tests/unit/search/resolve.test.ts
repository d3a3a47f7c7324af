/** What an agent typed → prefixes of words the site contains (each kind), and what must not match. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/korean/lexicon';
import { planQuery } from '../../../src/korean/query';
import { buildSearchData, type PageRecord } from '../../../src/search/build/vocabulary';
import { shardKey } from '../../../src/search/data/format';
import { isMostlyFound } from '../../../src/search/found';
import { typoShardTexts } from '../../../src/search/corrections';
import { resolveTerms } from '../../../src/search/resolve';

const record = (title: string, content: string, headings: string[] = []): PageRecord => ({ fragment: `ko_${title}`, bundle: 'pagefind', id: title, page: `/faq/${title}/`, title, headings, content: `${title} ${headings.join(' ')} ${content}`, category: '발레', sites: ['기타현장'] });

const data = buildSearchData([
  record('발레 출차처리가 되지 않았어요', '현장에서 전산완료가 원활하게 진행되지 않았습니다 이용 요금 안내', ['입/출차오인식 확인', '이용 요금 있을 경우']),
  record('발레패스 본인 미사용 문의', '사업자등록증을 보내 주시면 발레패스를 해지합니다 렌트차량', ['해지 경로']),
]);
const lexicon = buildLexicon([{ term: '렌트차량', synonyms: ['렌트카'] }], ['인천공항']);
const shardOf = (text: string) => data.shards.get(shardKey(text));

/** Each term as `reading:part+part` alternatives joined by `/`. */
const read = (query: string) =>
  resolveTerms(planQuery(query, lexicon), lexicon, shardOf).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));

/** Each term as `reading:part+part` alternatives over a site of the given pages. */
/** Each term's readings on a site of these pages, with only these thesaurus words (no glossary). */
const thesaurusReader = (words: [string, string][], pages: PageRecord[]) => {
  const lists = { ...buildLexicon([], []), thesaurus: { words, misspellings: [] } };
  const built = buildSearchData(pages);
  const pageShard = (text: string) => built.shards.get(shardKey(text));
  return (query: string) => resolveTerms(planQuery(query, lists), lists, pageShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
};
const readerFor = (pages: PageRecord[]) => {
  const built = buildSearchData(pages);
  const pageShard = (text: string) => built.shards.get(shardKey(text));
  return (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, pageShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
};

describe('낱말 그대로와 조사·어미', () => {
  it.each([
    ['발레패스', ['word:발레패스']],
    ['발레패스를 해지하려면', ['word:발레패스', 'word:해지']],
    ['출차처리가 안돼요', ['word:출차처리']],
  ])('%s → %j', (query, expected) => expect(read(query)).toEqual(expected));
});

describe('사전의 도움', () => {
  it('띄어 쓴 두 낱말을 붙여서 (발레 패스 → 발레패스)', () => expect(read('발레 패스')).toEqual(['joined:발레패스']));
  it('붙여 쓴 낱말을 둘로 (이용요금 → 이용 + 요금)', () => expect(read('이용요금')).toEqual(['split:이용+요금']));
  it('복합어 가운데 말 (오인식 → 입출차오인식, 등록증 → 사업자등록증)', () => {
    expect(read('오인식')).toEqual(['part:입출차오인식']);
    expect(read('등록증')).toEqual(['part:사업자등록증']);
  });
  it('초성 (ㅂㄹㅍㅅ → 발레패스 먼저)', () => expect(read('ㅂㄹㅍㅅ')[0]).toMatch(/^choseong:발레패스(\/|$)/));
  it('조합 중인 글자 (발레팻 → 발레패스…, 출ㅊ → 출차처리…)', () => {
    expect(read('발레팻')).toEqual(['partial:발레패스']);
    expect(read('출ㅊ')[0]).toMatch(/^partial:출차/);
  });
  it('용어집 동의어 (렌트카 → 렌트차량)', () => expect(read('렌트카')).toEqual(['synonym:렌트차량']));
});

describe('맞으면 안 되는 것', () => {
  it('사이트에 없는 말은 아무 검색도 만들지 않는다', () => {
    expect(read('qwzx')).toEqual(['']);
    expect(read('냉장고')).toEqual(['']);
  });
  it('한 낱말 안의 가벼운 동사 앞 명사 (해지받을 → 해지), 사이트의 낱말은 자르지 않는다 (출차처리)', () => {
    expect(read('해지받을')).toEqual(['word:해지']);
    expect(read('요금받고')).toEqual(['word:요금']);
    expect(read('출차처리')).toEqual(['word:출차처리']);
  });
  it('불용어는 검색어가 아니다 (좀, 안돼요, 어디예요)', () => {
    expect(read('좀 안돼요')).toEqual([]);
    expect(read('어디예요')).toEqual([]);
  });
  it('낱말 대부분이 사이트에 없으면 찾지 않는다 (수학 숙제, 비트코인 강아지 출차); 동사 꼴은 세지 않는다', () => {
    const found = (query: string) => isMostlyFound(resolveTerms(planQuery(query, lexicon), lexicon, shardOf));
    expect(found('수학 숙제')).toBe(false);
    expect(found('비트코인 강아지 출차')).toBe(false);
    // A sentence: two words of the site are enough, its everyday words and verb forms are not held against it.
    expect(found('어제 오후 마트 가서 발레패스 해지 경로 물어봤대요')).toBe(true);
    expect(found('출차처리가 안 열려요')).toBe(true);
    expect(found('발레패스 해지 안 해줌')).toBe(true);
    expect(found('렌트카 반납함')).toBe(true);
    expect(found('<b onmouseover="window.hacked=1">렌트카</b>')).toBe(true);
    expect(found('발레패스 해지')).toBe(true);
  });
  it('사전의 때를 나타내는 말은 세지 않는다 (어제 집에만 있었는데 발레패스 결제: 어제는 언제일 뿐); 장소는 센다', () => {
    const times = { ...lexicon, thesaurus: { words: [['전날', '어제']] as [string, string][], misspellings: [], times: ['어제'], places: ['병원'] } };
    const found = (query: string, lists = times) => isMostlyFound(resolveTerms(planQuery(query, lists), lists, shardOf), lists);
    expect(found('어제 집에만 발레패스')).toBe(true);
    expect(found('어제 집에만 발레패스', { ...times, thesaurus: { ...times.thesaurus, times: [] } })).toBe(false);
    expect(found('병원 진료 발레패스')).toBe(false);
  });
  it('한 낱말을 사이트가 띄어 쓰기도 하면 둘 다 (출차처리 → 출차처리, 출차 + 처리)', () => {
    expect(readerFor([record('출차처리 안내', '출차 처리 방법')])('출차처리')).toEqual(['word:출차처리/split:출차+처리']);
  });
  it('현장 이름은 필터가 되고 낱말로 찾지 않는다', () => expect(read('인천공항 발레패스')).toEqual(['word:발레패스']));
});

describe('오타와 자판 모드', () => {
  it('모음 하나 틀린 말 (환볼 → 환불), ㅐ/ㅔ (결재 → 결제)', () => {
    const typos = buildSearchData([record('환불 문의', '결제 취소 후 환불'), record('결제 실패', '결제가 되지 않았어요')]);
    const typoShard = (text: string) => typos.shards.get(shardKey(text));
    const readTypos = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, typoShard).map((term) => `${term.corrected ?? ''}|${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);
    expect(readTypos('환볼')).toEqual(['환불|typo:환불']);
    expect(readTypos('결재')).toEqual(['결제|typo:결제']);
  });
  it('사이트에 있는 말은 고치지 않는다 (해지는 해지)', () => expect(read('해지')).toEqual(['word:해지']));
  it('한/영 키를 안 누른 입력: rufwp → 결제 (사이트에 결제가 있을 때)', () => {
    const keyboard = buildSearchData([record('결제 실패', '결제가 되지 않았어요'), record('IFC 주차', 'IFC 몰 주차 안내')]);
    const keyShard = (text: string) => keyboard.shards.get(shardKey(text));
    const readKeys = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, keyShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
    expect(readKeys('rufwp')).toEqual(['keyboard:결제']);
    // es-hangul throws on some vowel runs (how → ㅗ ㅙ ㅈ): an English word then reads as no Korean, and search goes on.
    expect(readKeys('how do we pay')).toEqual(['', '', '', '']);
    // Still composing the last syllable with the IME off: rufwpt → 결젯 → 결제수단 (ㅅ starts the next syllable).
    expect(readerFor([record('결제수단 변경', '결제수단을 바꿉니다')])('rufwpt')).toEqual(['keyboard:결제수단']);
    // A Latin word of the site keeps its literal meaning (its Hangul reading ㅑㄹㅊ is not Hangul words).
    expect(readKeys('IFC')).toEqual(['word:ifc']);
    expect(readKeys('xkqwz')).toEqual(['']);
  });
  it('먼 글쇠로 바뀐 두 음절 낱말은 고치지 않는다 (숙제 ≠ 삭제), 동사 꼴도 (된대요 ≠ 되나요, 꺼졌나 ≠ 꺼져)', () => {
    const readPages = readerFor([record('결제 삭제', '카드 삭제 방법'), record('주차 문의', '주차가 되나요')]);
    expect(readPages('숙제')).toEqual(['']);
    expect(readPages('된대요')).toEqual(['']);
    expect(readPages('삭제')).toEqual(['word:삭제']);
    // A past tense is a verb form too (꺼졌나 is not 꺼져 of the site); a word without it still is corrected.
    const screen = readerFor([record('알림이 꺼져 있어요', '알림 꺼져 있음 확인')]);
    expect(screen('꺼졌나')).toEqual(['']);
    expect(screen('꺼저')).toEqual(['typo:꺼져']);
    // 주식 is one jamo from 주시, but 주시 is only the start of the verb form 주시면: no correction.
    expect(readerFor([record('안내', '보내 주시면 확인합니다')])('주식')).toEqual(['']);
  });
  it('붙여 쓴 말의 뒷부분 오타와 조합 중인 글자 (회원탈튀 → 회원 + 탈퇴, 회원탈ㅌ → 회원 + 탈퇴)', () => {
    const readPages = readerFor([record('회원 탈퇴 방법', '회원 탈퇴는 앱에서')]);
    expect(readPages('회원탈튀')).toEqual(['typo:회원+탈퇴']);
    expect(readPages('회원탈ㅌ')).toEqual(['partial:회원+탈퇴']);
  });
  it('첫 자음 오타는 옆 글쇠 자음의 사전에서 (랄인권 → 할인권: ㄹ은 ㅎ 옆), 그 사전이 읽혀 있을 때', () => {
    expect(readerFor([record('할인권 적용', '할인권을 입력')])('랄인권')).toEqual(['typo:할인권']);
    expect(typoShardTexts(resolveTerms(planQuery('랄인권', lexicon), lexicon, () => undefined))).toContain('ㅎ');
  });
  it('오타의 허용 편집 수는 조사를 뺀 낱말의 길이로 (기억이 ≠ 기록이: 두 음절 낱말은 한 번까지)', () => {
    expect(readerFor([record('이용 기록 안내', '이용 기록이 남습니다')])('기억이')).toEqual(['']);
    expect(readerFor([record('이용 기록 안내', '이용 기록이 남습니다')])('기록을')).toEqual(['word:기록']);
  });
  it('동사 꼴은 고치지 않는다 (댔는지 ≠ 있는지, 왔다고 ≠ 있다고)', () => {
    const readPages = readerFor([record('안내', '있는지 확인하고 있다고 말씀드립니다')]);
    // Not corrected (왔다고 is not searched at all: 왔 is a bare verb stem).
    expect(readPages('댔는지').join()).not.toContain('typo');
    expect(readPages('왔다고').join()).not.toContain('typo');
    expect(readPages('댔는지').join()).not.toContain('있는지');
  });
  it('사이트에 없는 세 음절 명사는 끝 음절을 뗀 낱말로 (방문객 → 방문), 그 낱말이 사이트에 없으면 아무것도 (비트코인)', () => {
    const readPages = readerFor([record('방문 차량 등록', '방문 차량은 앱에서 등록')]);
    expect(readPages('방문객')).toEqual(['part:방문']);
    expect(readPages('비트코인')).toEqual(['']);
    expect(readerFor([record('차량 등록', '앱에서 등록')])('방문객')).toEqual(['']);
  });
  it('명사 + 면은 그 명사로 (만차면 → 만차, 사이트에는 만차인지), 사이트에 없으면 아무것도', () => {
    expect(readerFor([record('만차인지 알 수 있나요', '주차장이 만차인지 확인')])('만차면')).toEqual(['word:만차']);
    expect(readerFor([record('주차장 안내', '주차장 위치')])('만차면')).toEqual(['']);
  });
  it('명사 뒤 한 음절 가벼운 동사는 명사로 (결제할 → 결제, 사이트에 결제할이 있어도), 사이트의 낱말은 자르지 않는다 (연결해제)', () => {
    const readPages = readerFor([record('결제 화면', '결제할 때 결제 화면이 멈춥니다 연결해제 방법')]);
    expect(readPages('결제할')).toEqual(['word:결제']);
    expect(readPages('연결해제')).toEqual(['word:연결해제']);
  });
  it('사이트에 있는 동사 꼴은 순위에만 (모르겠어요: optional), 명사 + 가벼운 동사는 그 명사를 찾는다 (추가하려는데: 필수)', () => {
    const pages = buildSearchData([record('위치를 모르겠어요', '카드 추가 방법 위치 안내')]);
    const pageShard = (text: string) => pages.shards.get(shardKey(text));
    const optional = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, pageShard).map((term) => `${term.typed.join(' ')}:${term.optional ? 'optional' : 'required'}`);
    expect(optional('위치 모르겠어요')).toEqual(['위치:required', '모르겠어요:optional']);
    expect(optional('카드 추가하려는데')).toEqual(['카드:required', '추가하려는데:required']);
    // With nothing named beside it, a verb form is required: 모르겠어요 alone lists what has it.
    expect(optional('모르겠어요')).toEqual(['모르겠어요:required']);
  });
  it('한 음절 쪼개기는 하지 않는다 (시세 ≠ 시 + 세)', () => {
    expect(readerFor([record('시간 안내', '세부 내용')])('시세')).toEqual(['']);
  });
  it('한/영 키를 안 누른 입력의 Shift는 검색어를 소문자로 바꿀 때 사라진다: Qorl(빼기) → qorl(배기) → 빼기', () => {
    expect(readerFor([record('차 빼기 요청', '차 빼기를 요청합니다')])('Qorl')).toEqual(['keyboard:빼기']);
    // Shift alone, not any typo: qhrl (보기) is not 빼기.
    expect(readerFor([record('차 빼기 요청', '차 빼기를 요청합니다')])('qhrl')).toEqual(['']);
  });
  it('한/영 키를 안 누른 복합어의 가운데 말 (dhdlstlr → 오인식 → 입출차오인식)', () => expect(read('dhdlstlr')).toEqual(['keyboard:입출차오인식']));
  it('원문 그대로 찾기(corrections: false)는 고치지 않는다', () => {
    expect(resolveTerms(planQuery('rufwp', lexicon), lexicon, shardOf, false).flatMap((term) => term.alternatives)).toEqual([]);
  });
});

describe('사전에 있는 낱말과 짧은 초성', () => {
  const pages = [record('출구 안내', '출구 위치 확인'), record('프로모션 코드 입력', '프로모션 코드를 입력합니다 할인 쿠폰'), record('회원 탈퇴', '회원 탈퇴 방법')];
  const site = buildSearchData(pages, new Set(['축구', '코트']));
  const readSite = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, (text) => site.shards.get(shardKey(text))).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
  it('사전의 낱말은 홀로 쓰이면 뜻한 그대로다 (축구는 출구의 오타가 아니다)', () => {
    expect(readSite('축구')).toEqual(['']);
    expect(readerFor(pages)('축구')).toEqual(['typo:출구']);
  });
  it('사이트의 낱말 옆에서는 오타로 고친다 (프로모션 코트 → 코드), 사전에 없는 오타는 홀로도 (줄구 → 출구)', () => {
    expect(readSite('프로모션 코트')).toEqual(['word:프로모션', 'typo:코드']);
    expect(readSite('줄구')).toEqual(['typo:출구']);
  });
  it('긴 문장 속 사전의 낱말은 고치지 않는다 (하루 종일 ≠ 동일), 짧은 질의에서만 고친다', () => {
    const days = buildSearchData([record('동일 차량 안내', '동일 차량 확인 출구 위치')], new Set(['종일']));
    const readDays = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, (text) => days.shards.get(shardKey(text))).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
    expect(readDays('종일 차량')).toEqual(['typo:동일', 'word:차량']);
    expect(readDays('고객님이 하루 종일 차량 출구 위치를 물어요')).not.toContain('typo:동일');
  });
  it('한 음절 동사의 -기 꼴은 오타가 아니다 (주차비 내기 ≠ 대기)', () => {
    expect(readerFor([record('출차 대기', '대기 시간 안내 요금')])('요금 내기')).toEqual(['word:요금', '']);
  });
  it('초성 두 자가 홀로면 잡담이다 (ㅎㅇ), 다른 낱말 옆에서는 찾는다 (ㅎㅇ ㅌㅌ → 회원 탈퇴)', () => {
    expect(readSite('ㅎㅇ')).toEqual(['']);
    expect(readSite('ㅎㅇ 뭐해')).toEqual(['', '']);
    expect(readSite('ㅎㅇ ㅌㅌ')[1]).toBe('choseong:탈퇴');
    expect(readSite('ㅎㅇ ㅌㅌ')[0]).toContain('choseong:회원');
  });
  it('조사처럼 끝나는 두 음절 낱말은 한 음절 명사가 아니다 (사이트의 사과 → 사랑은 사 + 랑이 아니다)', () => {
    expect(readerFor([record('사과 말씀', '불편을 드려 사과드립니다')])('사랑')).not.toContain('word:사');
    expect(readerFor([record('차가 안 나와요', '차를 찾습니다')])('차는')).toEqual(['word:차']);
  });
});

describe('사전 말의 오타', () => {
  const listing = buildLexicon([], []);
  listing.thesaurus = { words: [['주차비', '주차 요금'], ['캔슬', '취소']], misspellings: [] };
  const site = buildSearchData([record('주차 요금 안내', '주차 요금을 결제합니다 예약 취소')]);
  const readListing = (query: string) => resolveTerms(planQuery(query, listing), listing, (text) => site.shards.get(shardKey(text))).map((term) => `${term.corrected ?? ''}|${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);
  it('사이트에 없는 낱말이 사전 낱말의 오타면 그 낱말로 고쳐 그 용어를 찾는다 (주치비 → 주차비 → 주차 요금)', () => {
    expect(readListing('주치비')).toEqual(['주차비|typo:주차+요금']);
    expect(readListing('캔슬')).toEqual(['|thesaurus:취소']);
  });
  it('오타 거리를 넘으면 고치지 않는다 (고차미는 주차비가 아니다: ㄱ은 ㅈ과 먼 자판)', () => expect(readListing('고차미')).toEqual(['|']));
  it('다른 서비스의 말은 고치지 않는다 (바이크는 마이카의 오타가 아니다)', () => {
    const withBikes = buildLexicon([], []);
    withBikes.thesaurus = { words: [['마이카', '주차 요금']], misspellings: [], elsewhere: [['바이크', '다른 이동 서비스']] };
    const read = (query: string) => resolveTerms(planQuery(query, withBikes), withBikes, (text) => site.shards.get(shardKey(text))).map((term) => `${term.corrected ?? ''}|${term.alternatives.length}`);
    expect(read('바이크')).toEqual(['|0']);
    expect(read('마이커')).toEqual(['마이카|1']);
  });
});

describe('띄어 쓰지 않은 문장', () => {
  const site = buildSearchData([record('예약 취소 수수료', '발레 예약취소 수수료 안내'), record('주행거리가 늘었어요', '발레 이용 후 주행거리 확인')]);
  const readSite = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, (text) => site.shards.get(shardKey(text))).map((term) => `${term.typed.join(' ')}=${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);
  it('세 부분 이상의 복합어는 낱말마다 따로 (발레예약취소수수료 → 발레, 예약취소, 수수료)', () =>
    expect(readSite('발레예약취소수수료')).toEqual(['발레=word:발레', '예약취소=word:예약취소/split:예약+취소', '수수료=word:수수료']));
  it('문장을 붙여 써도 아는 낱말을 찾는다 (발레맡긴뒤주행거리늘었어요 → 발레, 주행거리)', () => {
    const read = readSite('발레맡긴뒤주행거리늘었어요');
    expect(read).toContain('발레=word:발레');
    expect(read).toContain('주행거리=word:주행거리');
  });
});

describe('홀로 선 하다·되다', () => {
  const readSite = readerFor([record('로그인이 안 되면', '로그인이 안 되면 하시는 방법 할인 해지 하루 전 취소 되냐고 됐대요 하세요')]);
  it('하다·되다의 꼴만으로 된 낱말은 찾지 않는다: 사이트가 같은 꼴을 써도 답이 아니다 (되면, 하시는데요, 됐대요, 되냐고)', () => {
    for (const word of ['되면', '하시는데요', '됐대요', '되냐고', '하세요']) expect(readSite(`취소 ${word}`), word).toEqual(['word:취소']);
  });
  it('하·되로 시작하는 명사는 그대로 찾는다 (할인, 해지, 하루)', () => {
    expect(readSite('할인 해지')).toEqual(['word:할인', 'word:해지']);
    expect(readSite('하루')).toEqual(['word:하루']);
  });
});

describe('고객 표현 사전', () => {
  const withThesaurus = buildLexicon([], []);
  withThesaurus.thesaurus = { words: [['캔슬', '취소'], ['차 빼 주세요', '출차'], ['해지', '취소']], misspellings: [['결재', '결제'], ['해지', '해제']] };
  const pages = buildSearchData([record('예약 취소', '예약을 취소합니다 출차 안내'), record('발레패스 해지', '해지 경로 결제 안내')]);
  const shard = (text: string) => pages.shards.get(shardKey(text));
  const readWith = (query: string) => resolveTerms(planQuery(query, withThesaurus), withThesaurus, shard).map((term) => `${term.corrected ?? ''}|${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);

  it('고객 말은 사이트의 말로 (캔슬 → 취소), 여러 낱말도 (차 빼 주세요 → 출차)', () => {
    expect(readWith('캔슬')).toEqual(['|thesaurus:취소']);
    expect(readWith('차 빼 주세요')).toEqual(['|thesaurus:출차']);
  });
  it('사이트에 있는 말이면 그 말이 먼저, 사전의 말은 그 뒤 (해지 → 해지, 취소)', () => expect(readWith('해지')).toEqual(['|word:해지/thesaurus:취소']));
  it('흔한 오기는 고치고 알린다 (결재 → 결제)', () => expect(readWith('결재')).toEqual(['결제|typo:결제']));
  it('질의를 여는 동사는 주어가 고객이다 (나갔는데, 나가려는데 → 출차), 앞에 명사가 있거나 뒤 명사를 꾸미면 아니다 (돈이 나갔어요, 나간 돈)', () => {
    const opening = buildLexicon([], []);
    opening.thesaurus = { words: [], misspellings: [], opening: [['나가다', '출차']] };
    const site = buildSearchData([record('출차 안내', '출차 후 이용 중 표시 요금 결제 돈')]);
    const readOpening = (query: string) => resolveTerms(planQuery(query, opening), opening, (text) => site.shards.get(shardKey(text))).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
    expect(readOpening('나갔는데 아직 이용 중')[0]).toBe('thesaurus:출차');
    expect(readOpening('나가려는데 요금 결제')[0]).toBe('thesaurus:출차');
    expect(readOpening('돈이 두 번 나갔어요')).not.toContain('thesaurus:출차');
    expect(readOpening('나간 돈 결제')).not.toContain('thesaurus:출차');
  });
  it('한 음절 명사에 조사: 사이트에 그 명사가 조사와 함께 있으면 (휠이 → 휠, 사이트에는 휠에), 다른 낱말의 첫 글자일 뿐이면 아니다', () => {
    expect(readerFor([record('휠에 연석 자국', '휠에 자국이 생겼어요')])('휠이')).toEqual(['word:휠']);
    expect(readerFor([record('휠체어 안내', '휠체어 대여')])('휠이')).toEqual(['']);
  });
  it('사전 말의 용어가 사이트에서 두 낱말이면 그 두 낱말로 (대형차 → 대형차량 → 대형 + 차량)', () => {
    const big = buildLexicon([], []);
    big.thesaurus = { words: [['대형차', '대형차량']], misspellings: [] };
    const site = buildSearchData([record('대형 차량도 발레 이용 가능', '대형 차량은 현장 확인')]);
    const bigShard = (text: string) => site.shards.get(shardKey(text));
    expect(resolveTerms(planQuery('대형차도', big), big, bigShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'))).toEqual(['thesaurus:대형+차량']);
  });
  it('여러 낱말 사전 말: 사이트가 그 낱말들을 따로 쓰면 그 낱말들이 먼저 (주차 요금 → 주차 + 요금, 그다음 용어), 용어가 사이트에 없으면 낱말마다 (주차 자리 → 주차, 사이트에 없는 자리는 없음)', () => {
    const fee = buildLexicon([{ term: '발레 요금', synonyms: ['주차 요금'] }], []);
    fee.thesaurus = { words: [['주차 자리', '주차면']], misspellings: [] };
    const site = buildSearchData([record('주차 요금 안내', '주차 요금과 발레 요금 안내')]);
    const feeShard = (text: string) => site.shards.get(shardKey(text));
    const readFee = (query: string) => resolveTerms(planQuery(query, fee), fee, feeShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
    expect(readFee('주차 요금')).toEqual(['word:주차+요금/synonym:발레+요금']);
    expect(readFee('주차 자리')).toEqual(['word:주차', '']);
  });
  it('사전 낱말 뒤에는 조사·어미·가벼운 동사만 (캔슬했어요 → 취소), 다른 낱말이 붙으면 사전 말이 아니다 (캔슬러)', () => {
    expect(readWith('캔슬했어요')).toEqual(['|thesaurus:취소']);
    expect(readWith('캔슬러')).toEqual(['|']);
  });
});

describe('말하듯 쓴 말', () => {
  it('명사를 꾸미는 동사 꼴은 사이트가 쓰는 그 동사의 꼴로, 순위에만 (맡긴 → 맡기고/맡겨, 나온 → 나왔어요: optional)', () => {
    const pages = buildSearchData([
      record('발레 차량을 맡기고 키를 받았어요', '차를 맡겨 주세요 맡겼는데 차 맡기는 곳 출차 요청 후 다른 차량이 나왔어요 대기 시간이 길어요'),
      record('쿠폰 입력', '쿠폰을 입력합니다 할인 시간은 쿠폰 번호 확인 요금은 차는'),
    ]);
    const pageShard = (text: string) => pages.shards.get(shardKey(text));
    const terms = (query: string) => resolveTerms(planQuery(query, lexicon), lexicon, pageShard).map((term) => `${term.typed.join(' ')}:${term.optional ? 'optional' : 'required'}:${term.alternatives.map((alt) => alt.parts.join('+')).join('/')}`);
    // 맡기는 is a verb form too (는 ends verbs as well as nouns): 맡기 is not a noun.
    expect(terms('맡긴 차량')).toEqual(['맡긴:optional:맡기고/맡기는/맡겨', '차량:required:차량']);
    expect(terms('나온 차량')).toEqual(['나온:optional:나왔어요', '차량:required:차량']);
    // Nouns that end like a verb form: the site has them with particles (쿠폰을, 시간은, 요금은, 차는), so they are nouns.
    expect(terms('쿠폰 입력')).toEqual(['쿠폰:required:쿠폰', '입력:required:입력']);
    expect(terms('대기 시간')[1]).toBe('시간:required:시간');
    // A stem that is its own -아/어 form (지나 of 시간이 지나 발견) is a verb form, not a noun.
    expect(readerFor([record('시간이 지나 발견', '지나면 지난 일')])('지난 예약')[0]).toBe('word:지난/word:지나');
    // A verb the site never writes in another form is not guessed at (세운 → nothing, as before).
    expect(terms('세운 차량')).toEqual(['세운:required:', '차량:required:차량']);
  });
  it('명사 + 꾸미는 서술격 조사 (정기권인 차량 → 정기권, 이용중인 → 이용중), 오타나 쪼개기가 아니다; 사이트의 낱말은 그대로 (로그인)', () => {
    const readPages = readerFor([record('정기권 해지', '정기권이 이용중 차량 중인 로그인 확인')]);
    expect(readPages('정기권인 차량')).toEqual(['word:정기권', 'word:차량']);
    expect(readPages('이용중인')).toEqual(['word:이용중']);
    expect(readPages('로그인')).toEqual(['word:로그인']);
    expect(readPages('확인')).toEqual(['word:확인']);
  });
  it('부정 뒤나 문장 끝의 한 음절 동사는 명사 + 조사가 아니다 (기억 안 나요, 오류 나요 ≠ 나; 차가 나와요의 차는 그대로)', () => {
    // 나를: the site has 나 as a noun, so only the place of 나요 decides.
    const readPages = readerFor([record('차가 나와요', '내 차는 곧 나와 기억 장치 나를')]);
    expect(readPages('기억 안 나요')).toEqual(['word:기억']);
    expect(readPages('나요')).toEqual(['word:나']);
    expect(readPages('기억 나요')).toEqual(['word:기억']);
    expect(readPages('나요 기억')).toEqual(['word:나', 'word:기억']);
    expect(readPages('차는 안 나와요')[0]).toBe('word:차');
  });
  it('사전이 용어로 아는 낱말은 사이트에 없어도 오타로 고치지 않는다 (어제 ≠ 언제); 모르는 낱말은 고친다 (엊제 → 언제)', () => {
    const readLists = thesaurusReader([['전날', '어제']], [record('언제 환불되나요', '환불은 언제 되나요')]);
    expect(readLists('어제 환불')).toEqual(['', 'word:환불']);
    expect(readLists('어제는')).toEqual(['']);
    expect(readLists('엊제 환불')).toEqual(['typo:언제', 'word:환불']);
  });
  it('사전이 고객의 말로 아는 한 낱말 명사도 고치지 않는다 (가입 ≠ 기입)', () => {
    const readLists = thesaurusReader([['가입', '회원가입']], [record('기입 안내', '번호 기입 방법 안내')]);
    expect(readLists('가입 방법')).toEqual(['', 'word:방법']);
  });
  it('말로 한 부정(안 됐어요)은 스크립트가 쓰는 꼴(되지 않았어요)로도, 순위에만; 무엇을 부르는 구(결제 안 됨)는 그대로', () => {
    const lists = buildLexicon([], []);
    lists.thesaurus = { words: [['안 돼요', '오류'], ['결제 안 됨', '결제 실패']], misspellings: [] };
    const pages = buildSearchData([record('출차처리가 되지 않았어요', '정산기 오류 결제 실패 안내')]);
    const pageShard = (text: string) => pages.shards.get(shardKey(text));
    const readLists = (query: string) => resolveTerms(planQuery(query, lists), lists, pageShard).map((term) => `${term.optional ? '?' : ''}${term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/')}`);
    expect(readLists('출차처리 안 됐어요')).toEqual(['word:출차처리', '?thesaurus:오류/word:되지+않']);
    expect(readLists('결제 안 됨')).toEqual(['word:결제/thesaurus:결제+실패']);
    // A site that never writes 되지 않 gets the thesaurus' reading only.
    const other = buildSearchData([record('출차처리 안내', '정산기 오류')]);
    expect(resolveTerms(planQuery('출차처리 안 됐어요', lists), lists, (text) => other.shards.get(shardKey(text)))[1]!.alternatives.map((alt) => alt.parts.join('+'))).toEqual(['오류']);
  });
  it('용어집과 고객 표현 사전이 같은 명사를 다른 말로 읽으면 둘 다 (주차비 → 발레 요금, 주차 요금); 용어집의 동사 구는 용어집만', () => {
    const lists = buildLexicon([{ term: '발레 요금', synonyms: ['주차비'] }, { term: '입출차오인식', synonyms: ['출차가 안돼요'] }], []);
    lists.thesaurus = { words: [['주차비', '주차 요금'], ['출차가 안돼요', '오류']], misspellings: [] };
    const pages = buildSearchData([record('주차 요금이 두 번 결제되었어요', '발레 요금 안내 입출차오인식 정산기 오류')]);
    const pageShard = (text: string) => pages.shards.get(shardKey(text));
    const readLists = (query: string) => resolveTerms(planQuery(query, lists), lists, pageShard).map((term) => term.alternatives.map((alt) => `${alt.reading}:${alt.parts.join('+')}`).join('/'));
    expect(readLists('주차비')).toEqual(['synonym:발레+요금/thesaurus:주차+요금']);
    expect(readLists('출차가 안돼요')).toEqual(['synonym:입출차오인식']);
  });
});

describe('붙여 쓴 복합어와 잘못 띄어 쓴 말 (segments.ts)', () => {
  const reader = readerFor([
    record('발레패스 결제카드를 바꾸고 싶어요', '결제카드 변경 경로 안내'),
    record('주차장이 만차인지 미리 알 수 있나요', '만차일 때는 확인 방법'),
    record('발레존 위치를 모르겠어요', '위치 안내'),
  ]);
  it('세 낱말 이상을 붙여 쓴 말은 낱말마다 (발레패스결제카드변경 → 발레패스, 결제카드, 변경: 한 스크립트가 셋을 다 갖지 않아도 순위로)', () =>
    expect(reader('발레패스결제카드변경')).toEqual(['word:발레패스', 'word:결제카드', 'word:변경']));
  it('띄어쓰기가 낱말 안에 들어간 두 말 (발레존위 치 → 발레존 + 위치, 만 차확인 → 만차 + 확인)', () => {
    expect(reader('발레존위 치')[0]).toMatch(/^joined:발레존\+위치(\/|$)/);
    expect(reader('만 차확인')[0]).toMatch(/^joined:만차\+확인(\/|$)/);
  });
  it('사이트에 없는 낱말이 섞인 복합어: 모르는 앞부분은 찾지 않는다 (미용실예약변경 → 미용실예약 ✗ + 변경; 다른 주제는 topic.ts)', () => {
    expect(reader('미용실예약변경')).toEqual(['', 'word:변경']);
    expect(reader('버스결제카드변경')[0]).toBe('');
  });
  it('사이트처럼 띄어 쓴 말은 그대로 (위치 안내)', () => expect(reader('위치 안내')).toEqual(['word:위치', 'word:안내']));
});
