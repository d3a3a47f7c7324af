/**
 * The built pages emit every name the custom elements read (src/elements/contract/dom-names.ts): each
 * selector the elements query finds the markup it expects on the bundled site's pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as dom from '../../src/elements/contract/dom-names';
import { bundledSite } from '../helpers/build';
import { all, attr } from '../helpers/html';

const q1 = 'faq/valet-pass-not-own-use/index.html';
const q2 = 'faq/valet-exit-not-processed/index.html';
let site: Awaited<ReturnType<typeof bundledSite>>;

beforeAll(async () => {
  site = await bundledSite();
});

/** How many elements of the script pages a selector finds. */
const count = (selector: string) => [q1, q2].reduce((sum, page) => sum + all(site.read(page), selector).length, 0);

describe('페이지와 요소가 같은 이름을 쓴다 (contract/dom-names.ts)', () => {
  it('스크립트 페이지는 요소가 찾는 단계·분기·문장·슬롯·조사·용어 표시를 낸다', () => {
    const selectors = [dom.stepSelector, dom.stepsInOrderSelector, `${dom.stepSelector} ${dom.decisionSelector}`, dom.branchSelector, dom.templatedSelector, dom.sayLineSelector, dom.slotSelector, dom.particleSelector, dom.termSelector];
    for (const selector of selectors) expect(count(selector), selector).toBeGreaterThan(0);
    for (const name of [dom.stepTitleClass, dom.stepNumberClass, dom.stepTextClass, dom.blocksClass, dom.branchLabelClass, dom.branchNameClass, dom.branchHintClass, dom.lineTextClass]) expect(count(dom.byClass(name)), name).toBeGreaterThan(0);
  });

  it('단계와 분기의 id는 branch-key로 만든 것이다: s2, s2-title, s2-b1-0, s2-b1-0-label', () => {
    const html = site.read(q2);
    for (const id of [dom.stepId(2), dom.stepTitleId(2), 's2-b1-0', dom.branchLabelId('s2-b1-0')]) expect(all(html, `#${id}`), id).toHaveLength(1);
    expect(all(html, dom.branchSelector).map((section) => attr(section, `data-${dom.branchKeyData}`))).toEqual(['s2-b0', 's2-b1', 's2-b1-0', 's2-b1-1']);
  });

  it('상담 도구와 곁 도구는 요소가 찾는 태그·클래스·동작·알림 영역을 낸다', () => {
    const html = site.read(q2);
    const selectors = [
      dom.branchWalkElement,
      dom.slotPanelElement,
      dom.copyLineElement,
      dom.callMemoElement,
      dom.favouriteToggleElement,
      dom.changedLinesElement,
      `#${dom.announceId}`,
      ...[dom.walkTrailClass, dom.slotCountClass, dom.companionClass, dom.changedBannerClass, dom.changedCountClass, dom.changedSinceClass].map(dom.byClass),
      ...[dom.resetWalkAction, dom.copyPathAction, dom.clearSlotsAction, dom.dismissChangesAction].map((action) => dom.byData('action', action)),
    ];
    for (const selector of selectors) expect(all(html, selector), selector).not.toHaveLength(0);
  });

  it('검색창과 즐겨찾기 목록은 요소가 찾는 이름을 낸다', () => {
    const home = site.read('index.html');
    const searchParts = [dom.searchInputClass, dom.searchPanelClass, dom.searchStatusClass, dom.searchChipsClass, dom.searchResultsClass].map((name) => `${dom.siteSearchElement} ${dom.byClass(name)}`);
    for (const selector of searchParts) expect(all(home, selector), selector).toHaveLength(1);
    for (const context of ['home', 'search']) {
      const page = context === 'home' ? home : site.read(q1);
      const lists = `${dom.myScriptsElement}${dom.byData(dom.myScriptsContextData, context)}`;
      expect(all(page, lists), context).toHaveLength(1);
      for (const part of [dom.byClass(dom.myListsClass), dom.byClass(dom.mySectionClass), dom.byClass(dom.myEmptyClass), dom.byClass(dom.myChangedClass), dom.byData(dom.myListData, 'favourites'), dom.byData(dom.myListData, 'recent'), dom.byData('action', dom.clearFavouritesAction), dom.byData('action', dom.clearRecentAction)]) {
        expect(all(page, `${lists} ${part}`), `${context} ${part}`).not.toHaveLength(0);
      }
    }
  });
});
