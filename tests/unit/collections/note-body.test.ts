/** Which note bodies go through MDX (a module each) and which Astro's Markdown renderer renders in the loader. */
import { describe, expect, it } from 'vitest';
import { needsMdx } from '../../../src/collections/faq-loader';

describe('needsMdx', () => {
  it('목록·GFM 표·강조만 있는 참고는 Markdown으로 렌더링한다', () => {
    expect(needsMdx('**영수증** 관련 현장별 확인 사항입니다.\n\n| 현장 | 항목 |\n| --- | --- |\n| 에버랜드 | 영수증 |\n\n- 팀장에게 공유합니다.\n')).toBe(false);
  });

  it('컴포넌트, {…} 식·주석, 태그, 들여쓴 블록, 맨 앞의 ---는 MDX로 간다', () => {
    expect(needsMdx('<Route route={{ title: "경로", segments: ["앱"] }} />')).toBe(true);
    expect(needsMdx('{/* kb import: 자리를 못 찾은 줄 */}\n본문')).toBe(true);
    expect(needsMdx('고객님 <b>확인</b>')).toBe(true);
    expect(needsMdx('문단\n\n    들여쓴 줄')).toBe(true);
    expect(needsMdx('---\n구분선으로 시작')).toBe(true);
  });
});
