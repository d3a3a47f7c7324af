import { describe, expect, it } from 'vitest';
import { faqText, replaceLine, validate, validFaqLines } from '../../helpers/schema';

const problemsOf = (text: string) => {
  const result = validate(text);
  expect(result.ok).toBe(false);
  return result.problems;
};

describe('FAQ 파일 검증', () => {
  it('올바른 파일은 통과하고 기본값이 채워진다', () => {
    const result = validate(faqText());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.id).toBe('test-script');
      expect(result.data.steps[0]?.branches?.[0]?.label).toBe('Y');
    }
  });

  it('알 수 없는 현장은 줄 번호, 필드, 알려진 현장 목록과 함께 거부된다', () => {
    const [problem] = problemsOf(replaceLine('sites: [에버랜드]', 'sites: [에버랜드, 롯데월드]'));
    expect(problem).toMatchObject({ file: 'content/faq/test.mdx', line: 5, field: 'sites[1]' });
    expect(problem?.message).toContain('unknown site "롯데월드"');
    expect(problem?.message).toContain('인천공항');
    expect(problem?.message).toContain('vocabulary/sites.yaml');
  });

  it('알 수 없는 카테고리 경로는 거부된다', () => {
    const [problem] = problemsOf(replaceLine('category: [발레, 오류, 입/출차오인식]', 'category: [발레, 오류, 결제오류]'));
    expect(problem).toMatchObject({ line: 4, field: 'category' });
    expect(problem?.message).toContain('unknown category "발레 ▶ 오류 ▶ 결제오류"');
  });

  it('제목이 없으면 거부된다', () => {
    const problems = problemsOf(faqText(validFaqLines.filter((line) => !line.startsWith('title:'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'title' });
    expect(problems[0]?.message).toMatch(/required/);
  });

  it('빈 제목도 거부되고 무엇을 써야 하는지 알려준다', () => {
    const [problem] = problemsOf(replaceLine('title: 테스트 스크립트', 'title: "  "'));
    expect(problem).toMatchObject({ line: 3, field: 'title' });
    expect(problem?.message).toContain('the question as agents know it');
  });

  it('등록되지 않은 슬롯 이름은 그 줄과 함께 거부된다', () => {
    const [problem] = problemsOf(replaceLine('      - 발레 요금은 {{amount}}으로 확인 됩니다.', '      - 발레 요금은 {{price}}으로 확인 됩니다.'));
    expect(problem).toMatchObject({ line: 11, field: 'steps[0].script[0]' });
    expect(problem?.message).toContain('unknown slot "{{price}}"');
    expect(problem?.message).toContain('carNumber');
  });

  it('라벨 없는 분기는 거부된다', () => {
    const [problem] = problemsOf(replaceLine('      - label: Y', '      - label: ""'));
    expect(problem).toMatchObject({ line: 13, field: 'steps[0].branches[0].label' });
    expect(problem?.message).toContain('every branch needs a label');
  });

  it('label 필드가 빠진 분기도 거부된다', () => {
    const [problem] = problemsOf(replaceLine('      - label: Y', '      - hint: 확인 필요'));
    expect(problem?.field).toBe('steps[0].branches[0].label');
    expect(problem?.message).toContain('every branch needs a label');
  });

  it('ASCII 슬러그가 아닌 id는 거부된다', () => {
    const [problem] = problemsOf(replaceLine('id: test-script', 'id: 테스트'));
    expect(problem).toMatchObject({ line: 2, field: 'id' });
    expect(problem?.message).toContain('lowercase ASCII slug');
  });

  it('알 수 없는 단계 종류와 필드는 거부된다', () => {
    const problems = problemsOf(replaceLine('    kind: explain', '    kind: talk\n    colour: red'));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['steps[0].kind', 'steps[0].colour']));
    expect(problems.find((p) => p.field === 'steps[0].kind')?.message).toContain('empathy, check, explain');
    // An unknown key is reported at its own line, as a typo to fix.
    const unknown = problems.find((p) => p.field === 'steps[0].colour');
    expect(unknown?.message).toContain('unknown field "colour"');
    expect(unknown?.line).toBe(validFaqLines.indexOf('    kind: explain') + 2);
  });

  it('날짜 형식이 틀리면 예시와 함께 거부된다', () => {
    const [problem] = problemsOf(replaceLine('updated: 2026-11-25', 'updated: 25.11.2026'));
    expect(problem).toMatchObject({ line: 6, field: 'updated' });
    expect(problem?.message).toContain('YYYY-MM-DD');
  });

  it('깨진 YAML은 줄 번호와 함께 거부된다', () => {
    const [problem] = problemsOf(replaceLine('sites: [에버랜드]', 'sites: [에버랜드'));
    expect(problem?.message).toContain('invalid YAML');
    expect(problem?.line).toBeGreaterThanOrEqual(5);
  });

  it('빈 파일과 frontmatter 없는 파일은 고치는 법과 함께 거부된다', () => {
    expect(problemsOf('')[0]?.message).toContain('the file is empty');
    expect(problemsOf('# 제목\n본문')[0]?.message).toContain('must start with a line "---"');
  });

  it('BOM, 윈도우 줄바꿈, 분해된(NFD) 한글은 받아들여 정규화한다', () => {
    const result = validate('\uFEFF' + faqText().normalize('NFD').replace(/\n/g, '\r\n'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.title).toBe('테스트 스크립트'.normalize('NFC'));
  });
});
