import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../src/collections/check-content';
import { formatProblem } from '../../../src/collections/content-error';
import { loadThesaurus, readThesaurus } from '../../../src/collections/thesaurus';
import { thesaurusDomains, thesaurusLexicon } from '../../../src/model/thesaurus';
import { tempContent } from '../../helpers/import';
import { bundledContent } from '../../helpers/schema';

const withThesaurus = (yaml: string) => {
  const dir = tempContent(true);
  writeFileSync(path.join(dir, 'thesaurus.yaml'), yaml);
  return dir;
};
const shown = (dir: string) => readThesaurus(dir).problems.map((problem) => formatProblem(problem).replace(path.join(dir, 'thesaurus.yaml'), 'thesaurus.yaml'));

describe('제품 기본 고객 표현 사전 (src/data/thesaurus.yaml)', () => {
  const groups = loadThesaurus(bundledContent);
  const lexicon = thesaurusLexicon(groups);
  const termOf = (word: string) => [...lexicon.words, ...lexicon.misspellings].find(([text]) => text === word)?.[1];

  it('문제가 없고, 200개 이상의 그룹이 일곱 영역 모두에 걸쳐 있다', () => {
    expect(readThesaurus(bundledContent).problems.map(formatProblem)).toEqual([]);
    expect(groups.length).toBeGreaterThanOrEqual(200);
    for (const domain of thesaurusDomains) expect(groups.filter((group) => group.domain === domain).length, domain).toBeGreaterThanOrEqual(20);
  });

  it('이슈의 예: 캔슬 → 취소, 환급 → 환불, 발렛 → 발레, 결재 → 결제 (오타)', () => {
    expect(termOf('캔슬')).toBe('취소');
    expect(termOf('환급')).toBe('환불');
    expect(termOf('발렛')).toBe('발레');
    expect(lexicon.misspellings).toContainEqual(['결재', '결제']);
  });

  it('통화 중의 말: 돈을 물어야 → 위약금, 매달 빠져나가는 거 → 정기결제', () => {
    expect(termOf('돈 물다')).toBe('위약금');
    expect(termOf('매달 빠져나가다')).toBe('정기결제');
  });
});

describe('질의를 여는 동사 (opening)', () => {
  it('기본 사전: 나가다는 질의를 열 때만 출차 (일반 낱말이 아니다)', () => {
    const lexicon = thesaurusLexicon(loadThesaurus(bundledContent));
    expect(lexicon.opening).toContainEqual(['나가다', '출차']);
    expect(lexicon.words.some(([word]) => word === '나가다')).toBe(false);
  });
  it('opening의 낱말도 한 그룹에만 (다른 그룹의 words에 있으면 파일:줄로 알린다)', () => {
    const dir = withThesaurus(['- { term: 출차, opening: [빠져나오다] }', '- { term: 퇴장, opening: [차 빼기] }', ''].join('\n'));
    expect(thesaurusLexicon(readThesaurus(dir).groups).opening).toContainEqual(['빠져나오다', '출차']);
    expect(shown(dir)).toEqual([
      'thesaurus.yaml:2 — [1].opening[0]: 낱말 "차 빼기"가 기본 사전의 그룹 "출차"에도 있습니다; 한 낱말은 한 그룹에만 두세요 (기본 사전의 그룹에서 빼려면 그 term으로 replace: true 그룹을 쓰세요)',
    ]);
  });
});

describe('다른 서비스의 말 (domain: elsewhere)', () => {
  const lexicon = thesaurusLexicon(loadThesaurus(bundledContent));
  it('기본 사전의 다른 서비스 말은 검색할 말이 아니라 elsewhere로 간다 (지하철 → 대중교통, 서비스 이름 택시도)', () => {
    expect(lexicon.elsewhere).toEqual(expect.arrayContaining([['지하철', '대중교통'], ['택시', '택시'], ['노트북 충전기', '전자기기']]));
    expect([...lexicon.words, ...lexicon.misspellings].some(([word, term]) => word === '지하철' || term === '대중교통')).toBe(false);
  });
  it('사이트의 말과 겹치지 않는다: 노트북은 물건, 휴대폰 인증은 본인인증', () => {
    const elsewhere = new Set(lexicon.elsewhere?.map(([word]) => word));
    for (const word of ['노트북', '휴대폰', '휴대폰 인증', '카드', '셔틀버스']) expect(elsewhere.has(word), word).toBe(false);
  });
  it('편집자는 같은 term으로 넓히고, 사이트의 말과 겹치면 파일:줄로 알린다', () => {
    const dir = withThesaurus(['- { term: 대중교통, words: [공항철도] }', '- { term: 편의점, domain: elsewhere, words: [노트북] }', ''].join('\n'));
    expect(thesaurusLexicon(readThesaurus(dir).groups).elsewhere).toContainEqual(['공항철도', '대중교통']);
    expect(shown(dir)).toEqual(['thesaurus.yaml:2 — [1].words[0]: 낱말 "노트북"이 기본 사전의 그룹 "물건"에도 있습니다; 한 낱말은 한 그룹에만 두세요 (기본 사전의 그룹에서 빼려면 그 term으로 replace: true 그룹을 쓰세요)']);
  });
});

describe('콘텐츠 디렉터리의 thesaurus.yaml', () => {
  it('같은 term은 기본 그룹을 넓히고, 새 term은 더해지고, remove는 지운다', () => {
    const dir = withThesaurus(['- { term: 취소, words: [빠꾸] }', '- { term: 발레존 셔틀, words: [셔틀버스] }', '- { term: 세차, remove: true }', ''].join('\n'));
    const { groups, problems } = readThesaurus(dir);
    expect(problems).toEqual([]);
    expect(groups.find((group) => group.term === '취소')?.words).toEqual(expect.arrayContaining(['캔슬', '빠꾸']));
    expect(groups.find((group) => group.term === '발레존 셔틀')?.words).toEqual(['셔틀버스']);
    expect(groups.some((group) => group.term === '세차')).toBe(false);
  });

  it('문제마다 파일:줄, 필드, 한국어로 고칠 방법을 알린다', () => {
    const dir = withThesaurus(
      ['# 우리 팀 표현', '- term: 환불', '  words: [캔슬]', '- term: 셔틀 정류장', '  words: []', '- { term: 셔틀, words: [셔틀] }', '- { term: 없는말, remove: true }', ''].join('\n'),
    );
    expect(shown(dir)).toEqual([
      'thesaurus.yaml:5 — [1].words: 그룹 "셔틀 정류장"에 낱말이 없습니다; 고객이 쓰는 말을 words에 하나 이상 적거나 그룹을 지우세요',
      'thesaurus.yaml:7 — [3].term: 기본 사전에 term "없는말"이 없어 지울 수 없습니다; term의 철자를 고치거나 remove를 지우세요',
      'thesaurus.yaml:3 — [0].words[0]: 낱말 "캔슬"이 기본 사전의 그룹 "취소"에도 있습니다; 한 낱말은 한 그룹에만 두세요 (기본 사전의 그룹에서 빼려면 그 term으로 replace: true 그룹을 쓰세요)',
      'thesaurus.yaml:6 — [2].words[0]: 낱말 "셔틀"이 그룹의 term과 같습니다; 스크립트의 말은 이미 찾으므로 지우세요',
    ]);
  });

  it('YAML 오류와 스키마 오류도 줄과 함께 보고된다', () => {
    expect(shown(withThesaurus('- term: 취소\n  word: [빠꾸]\n'))).toEqual(['thesaurus.yaml:2 — [0].word: unknown field "word"; fix the spelling or remove it (the README lists every field)']);
    expect(shown(withThesaurus('- { term: 취소, words: [빠꾸\n'))[0]).toMatch(/^thesaurus\.yaml:\d+ — invalid YAML/);
  });

  it('kb check와 빌드가 같은 검사를 한다: 잘못된 사전은 kb check의 문제, 빌드의 ContentError', async () => {
    const dir = withThesaurus('- { term: 환불, words: [캔슬] }\n');
    const problems = await checkContentDir(dir);
    expect(problems.map((problem) => `${problem.line}:${problem.field}`)).toEqual(['1:[0].words[0]']);
    expect(() => loadThesaurus(dir)).toThrow(/thesaurus\.yaml:1 — \[0\]\.words\[0\]: 낱말 "캔슬"/);
  });
});
