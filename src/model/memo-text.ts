/**
 * The after-call memo (`메모 복사`) as text: the editors' template (src/model/call-memo.ts) with this
 * call's values in it. No imports, so browser code can use it.
 */

/** What a template can say, as `{{name}}`; lists become one `- item` line each. */
export const memoFields = {
  date: '통화한 날짜 (2026-12-02)',
  time: '메모를 복사한 시각 (14:05)',
  category: '카테고리 경로 (발레 ▶ 오류 ▶ 입/출차오인식)',
  title: '스크립트 제목',
  url: '스크립트 주소',
  branches: '단계마다 고른 분기 (목록)',
  slots: '입력한 상담 정보 (목록)',
  promises: '고른 경로에서 고객에게 약속한 문장 (목록)',
} as const;
export type MemoField = keyof typeof memoFields;
export type MemoValues = Record<MemoField, string | readonly string[]>;

const token = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** Names in `{{…}}` that are not memo fields. */
export const unknownMemoFields = (template: string) => [...template.matchAll(token)].map((match) => match[1] ?? '').filter((name) => !(name in memoFields));

/**
 * Fills the template: text fields as they are, lists as `- item` lines, an empty value as `empty`.
 * @example renderMemo('스크립트: {{title}}\n{{slots}}', { title: '발레 출차처리가 되지 않았어요.', slots: ['차량번호: 12가3456'], … }, '없음')
 *   → '스크립트: 발레 출차처리가 되지 않았어요.\n- 차량번호: 12가3456'
 */
export function renderMemo(template: string, values: MemoValues, empty: string): string {
  const text = template.replace(token, (whole, name: string) => {
    if (!(name in memoFields)) return whole;
    const value = values[name as MemoField];
    const shown = typeof value === 'string' ? value : value.map((item) => `- ${item}`).join('\n');
    return shown.trim() ? shown : empty;
  });
  return text.replace(/\s+$/, '');
}

/** Sentences that carry a promise to the customer: those containing one of the editors' markers. */
export const promisedSentences = (sentences: readonly string[], markers: readonly string[]) => sentences.filter((sentence) => markers.some((marker) => sentence.includes(marker)));
