/** The after-call memo: the editors' template filled with a call's values, and the template's checks. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCallMemo } from '../../../src/collections/vocabulary';
import { ContentError } from '../../../src/collections/content-error';
import { callMemoSchema } from '../../../src/model/call-memo';
import { promisedSentences, renderMemo, type MemoValues } from '../../../src/model/memo-text';

const call: MemoValues = {
  date: '2026-12-02',
  time: '14:05',
  category: '발레 ▶ 오류 ▶ 입/출차오인식',
  title: '발레 출차처리가 되지 않았어요.',
  url: 'https://kb.example/faq/valet-exit-not-processed/#s2-b1-0',
  branches: ['② 상황설명: 이용 요금 있을 경우 › Y'],
  slots: ['이용일: 11월 3일', '요금: 15,000원'],
  promises: ['발레존 측으로 확인 후 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.'],
};

describe('메모 형식', () => {
  it('기본 형식: 목록은 "- " 한 줄씩, 빈 목록은 "없음"', () => {
    const { template, empty } = callMemoSchema.parse({});
    expect(renderMemo(template, { ...call, slots: [] }, empty)).toBe(
      [
        '[상담 메모] 2026-12-02 14:05',
        '유형: 발레 ▶ 오류 ▶ 입/출차오인식',
        '스크립트: 발레 출차처리가 되지 않았어요.',
        '선택한 분기:',
        '- ② 상황설명: 이용 요금 있을 경우 › Y',
        '상담 정보:',
        '없음',
        '안내·약속:',
        '- 발레존 측으로 확인 후 고객님 계정에 등록된 연락처로 문자 발송드리겠습니다.',
      ].join('\n'),
    );
  });

  it('팀이 바꾼 형식 그대로 채운다 ({{ url }}처럼 띄어 써도 된다)', () => {
    expect(renderMemo('{{title}} / {{ url }}\n약속: {{promises}}', call, '-')).toBe(`${call.title} / ${call.url}\n약속: - ${call.promises[0]}`);
  });

  it('모르는 칸 {{customer}}는 어느 칸을 쓸 수 있는지와 함께 거절한다', () => {
    const result = callMemoSchema.safeParse({ template: '고객: {{customer}}' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown field {{customer}}; use one of {{date}}, {{time}}, {{category}}, {{title}}, {{url}}, {{branches}}, {{slots}}, {{promises}}');
  });

  it('약속 문장: 표시 말(드리겠습니다)이 든 문장만', () => {
    expect(promisedSentences(['이용에 불편을 드려 죄송합니다.', '문자 발송드리겠습니다.', '다시 한번 사과드립니다.'], ['드리겠습니다'])).toEqual(['문자 발송드리겠습니다.']);
  });

  it('call-memo.yaml이 없으면 기본값, 잘못 쓰면 파일과 줄을 짚는다', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-memo-'));
    expect(loadCallMemo(dir).promiseMarkers).toEqual(['드리겠습니다', '예정입니다']);
    writeFileSync(path.join(dir, 'call-memo.yaml'), 'empty: 해당 없음\ntemplate: |\n  {{title}}\n  {{who}}\n');
    let error: unknown;
    try {
      loadCallMemo(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const [problem] = (error as ContentError).problems;
    expect(problem).toMatchObject({ line: 2, field: 'template' });
    expect(problem?.message).toContain('unknown field {{who}}');
    writeFileSync(path.join(dir, 'call-memo.yaml'), 'empty: 해당 없음\n');
    expect(loadCallMemo(dir)).toMatchObject({ empty: '해당 없음', template: callMemoSchema.parse({}).template });
  });
});
