/**
 * The after-call memo's format (`call-memo.yaml` in the content directory, optional): content, not code,
 * so a team can change what its ticketing tool gets. Absent file = these defaults.
 */
import { z } from 'astro/zod';
import { memoFields, unknownMemoFields } from './memo-text';

const defaultTemplate = `[상담 메모] {{date}} {{time}}
유형: {{category}}
스크립트: {{title}}
선택한 분기:
{{branches}}
상담 정보:
{{slots}}
안내·약속:
{{promises}}`;

export const callMemoSchema = z.strictObject({
  /** The memo, with {{date}}, {{time}}, {{category}}, {{title}}, {{url}}, {{branches}}, {{slots}}, {{promises}}. */
  template: z
    .string()
    .min(1)
    .default(defaultTemplate)
    .superRefine((template, ctx) => {
      for (const name of unknownMemoFields(template)) ctx.addIssue({ code: 'custom', message: `unknown field {{${name}}}; use one of ${Object.keys(memoFields).map((field) => `{{${field}}}`).join(', ')}` });
    })
    .describe('메모 틀: {{date}}, {{time}}, {{category}}, {{title}}, {{url}}, {{branches}}, {{slots}}, {{promises}} 자리에 통화 내용이 들어갑니다'),
  /** A sentence on the chosen path that contains one of these is listed under {{promises}}, e.g. 문자 발송드리겠습니다. */
  promiseMarkers: z.array(z.string().min(1)).default(['드리겠습니다', '예정입니다']).describe('이 말이 든 문장을 {{promises}}(안내·약속)에 적습니다. 예: 드리겠습니다'),
  /** Written where a field has nothing (no branch chosen, no 상담 정보). */
  empty: z.string().default('없음').describe('고른 분기나 상담 정보가 없을 때 쓰는 말'),
});
export type CallMemo = z.output<typeof callMemoSchema>;
