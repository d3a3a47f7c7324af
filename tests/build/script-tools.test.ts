/** Script pages carry what the walk, slot and copy tools need, in HTML that reads fully without JavaScript. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatScriptPageJs, measureScriptPageJs } from '../../bench/script-page-js';
import { bundledSite } from '../helpers/build';
import { all, attr, text } from '../helpers/html';

const q1 = 'faq/valet-pass-not-own-use/index.html';
const q2 = 'faq/valet-exit-not-processed/index.html';
let site: Awaited<ReturnType<typeof bundledSite>>;

beforeAll(async () => {
  site = await bundledSite();
});

describe('스크립트 도구의 HTML', () => {
  it('슬롯 뒤 조사는 짝과 함께 표시된다: 차량번호 "는" → 은/는, 요금 "으로" → 으로/로', () => {
    expect(site.read(q1)).toContain('<span class="slot" data-slot="carNumber" title="차량번호">OOO OOOO</span><span class="josa" data-josa="은/는">는</span> 고객님께서');
    expect(site.read(q2)).toContain('<span class="slot" data-slot="amount" title="요금">○○○원</span><span class="josa" data-josa="으로/로">으로</span> 확인 됩니다.');
  });

  it('말할 문장은 템플릿을 data-line에 담는다 (복사는 여기서 계산)', () => {
    expect(site.read(q1)).toContain('data-line="등록된 차량번호 {{carNumber}}는 고객님께서 이용하시는 차량이 맞을까요?"');
  });

  it('상담 정보 패널은 스크립트가 쓰는 슬롯만 slots.yaml의 이름으로 보여 준다', () => {
    const labels = (file: string) => all(site.read(file), 'label[for^="slot-input-"]').map(text);
    expect(labels(q1)).toEqual(['결제일', '차량번호']);
    expect(labels(q2)).toEqual(['이용일', '요금']);
  });

  it('모든 분기가 접히지 않은 채 HTML에 있다', () => {
    const html = site.read(q2);
    expect(all(html, 'section.branch').map((section) => attr(section, 'id'))).toEqual(['s2-b0', 's2-b1', 's2-b1-0', 's2-b1-1']);
    expect(all(html, 'section[hidden]')).toEqual([]);
  });

  it(`스크립트 페이지가 불러오는 자바스크립트는 gzip 10 kB 이하다`, () => {
    for (const page of [q1, q2]) {
      const measured = measureScriptPageJs(site.outDir, page);
      console.log(formatScriptPageJs(measured));
      expect(measured.files.length).toBeGreaterThan(0);
      expect(measured.gzip).toBeLessThanOrEqual(measured.budget);
    }
  });
});
