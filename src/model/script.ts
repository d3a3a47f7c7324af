/** The script body of a step or a branch: ordered blocks, as the agent meets them. */
import { z } from 'astro/zod';
import { slugPattern } from './vocabulary';

/** An app navigation route such as `[발레패스 해지경로]` `▶카카오 내비앱 - 아래쪽 [내차관리] - …`. */
export const routeSchema = z.strictObject({
  /** The route's name, without brackets: 발레패스 해지경로. */
  title: z.string().min(1).describe('경로 이름, 괄호 없이 (예: 발레패스 해지경로)'),
  /** The segments between `▶` and each ` - `, in order. */
  segments: z.array(z.string().min(1)).min(1, 'a route needs at least one segment').describe('경로 단계: ▶ 다음의 단계들, 순서대로 (예: 카카오 내비앱, 아래쪽 [내차관리])'),
}).describe('앱 경로');
export type Route = z.output<typeof routeSchema>;

export const linkSchema = z.strictObject({
  /** The link's text, without brackets: 카카오 T 차량관리 바로가기. */
  label: z.string().min(1).describe('링크 문구, 괄호 없이 (예: 카카오 T 차량관리 바로가기)'),
  url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' }).describe('주소: http:// 또는 https://로 시작'),
}).describe('고객에게 줄 링크');
export type Link = z.output<typeof linkSchema>;

/** Id of another script, the same slug as faq.id; checked against every FAQ at build time. */
export const faqRefSchema = z.string().regex(slugPattern, 'the id of another script, e.g. valet-exit-not-processed').describe('다른 스크립트의 id (링크로 보임)');

/**
 * One block of a script, in reading order:
 * - a plain string is a line the agent says (may contain `{{slot}}` tokens);
 * - `example`: an `(예시)` line, a model sentence to adapt, shown apart from what to say;
 * - `route`: an app navigation route; `link`: a link to give the customer;
 * - `faq`: a pointer to another script by id (`{ faq: valet-exit-not-processed }`), shown as a link;
 * - `note`: guidance for the agent that is not said aloud.
 */
export const blockSchema = z.union(
  [
    z.string().min(1, 'a script line cannot be empty').describe('말할 문장 ({{slot}} 자리표시 가능)'),
    z.strictObject({ example: z.string().min(1).describe('(예시) 문장: 상황에 맞게 바꿔 말할 본보기') }),
    z.strictObject({ route: routeSchema }),
    z.strictObject({ link: linkSchema }),
    z.strictObject({ note: z.string().min(1).describe('상담사 메모: 읽어 주지 않는 안내') }),
    z.strictObject({ faq: faqRefSchema }),
  ],
  { error: 'a block is a script line (text), or one of { example }, { route }, { link }, { note }, { faq }' },
).describe('스크립트 블록');
export type Block = z.output<typeof blockSchema>;

/** A block with an explicit kind, for consumers that switch on it. */
export type TaggedBlock =
  | { kind: 'line' | 'example' | 'note'; text: string }
  | { kind: 'route'; route: Route }
  | { kind: 'link'; link: Link }
  | { kind: 'faq'; id: string };

export function tagBlock(block: Block): TaggedBlock {
  if (typeof block === 'string') return { kind: 'line', text: block };
  if ('example' in block) return { kind: 'example', text: block.example };
  if ('note' in block) return { kind: 'note', text: block.note };
  if ('route' in block) return { kind: 'route', route: block.route };
  if ('faq' in block) return { kind: 'faq', id: block.faq };
  return { kind: 'link', link: block.link };
}

/** Every text of a block that can hold `{{slot}}` tokens. */
export function blockTexts(block: Block): string[] {
  const tagged = tagBlock(block);
  return 'text' in tagged ? [tagged.text] : [];
}
