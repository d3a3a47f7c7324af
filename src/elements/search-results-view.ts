/**
 * What the search box shows for an outcome: the hits (options of the results listbox), the status line
 * (how many were found, or nothing found with glossary terms to try) and the notice when a word was
 * corrected. Only elements and text; the box (site-search.ts) decides when and where.
 */
import { josa } from 'es-hangul';
import type { SearchHit, SearchOutcome } from '../search/client';
import { button, el } from './search-dom';

/**
 * One hit as an option of the results: title, the step or branch it points at, category, excerpt (marked
 * words), sites. In a first look (`textPending`: the text is still loading) a blank line holds the
 * excerpt's place, so the list does not jump when it comes.
 */
export function hitItem(hit: SearchHit, id: string, textPending = false): HTMLLIElement {
  const item = el('li', 'search-hit');
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  const link = el('a');
  link.href = hit.target;
  link.tabIndex = -1;
  link.append(el('span', 'hit-title', hit.title));
  if (hit.section) link.append(el('span', 'hit-section', hit.section));
  link.append(el('span', 'hit-path', hit.category));
  if (hit.excerpt.length) {
    const excerpt = el('span', 'hit-excerpt');
    hit.excerpt.forEach((part) => excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text)));
    link.append(excerpt);
  } else if (textPending) {
    const placeholder = el('span', 'hit-excerpt-pending');
    placeholder.setAttribute('aria-hidden', 'true');
    link.append(placeholder);
  }
  if (hit.sites.length) link.append(el('span', 'hit-sites', `현장: ${hit.sites.join(', ')}`));
  item.append(link);
  // The input keeps focus while a result is clicked (the list would close on focusout).
  item.addEventListener('mousedown', (event) => event.preventDefault());
  return item;
}

/** The status of an outcome with hits: `스크립트 40건 중 관련도 높은 10건 · 현장: 에버랜드`. */
export function foundStatus(outcome: SearchOutcome): string {
  const siteNote = outcome.plan.sites.length && !outcome.siteDropped ? ` · 현장: ${outcome.plan.sites.join(', ')}` : '';
  const shown = outcome.total > outcome.hits.length ? ` 중 관련도 높은 ${outcome.hits.length}건` : '';
  return `스크립트 ${outcome.total}건${shown}${siteNote}`;
}

/** The status when nothing was found: the query, and glossary terms to search instead (each a button). */
export function notFoundStatus(query: string, suggestions: readonly string[], onPick: (term: string) => void): HTMLElement[] {
  const status = el('p', 'search-empty');
  status.append(el('strong', undefined, `‘${query.trim()}’`), '에 맞는 스크립트가 없습니다.');
  if (!suggestions.length) return [status];
  const box = el('p', 'search-suggest', '이런 용어로 찾아 보세요: ');
  for (const term of suggestions) {
    const chip = button('chip', term);
    chip.addEventListener('click', () => onPick(term));
    box.append(chip, ' ');
  }
  return [status, box];
}

/**
 * When a word was corrected (a typo, or Korean typed with the IME off), say what was searched and
 * offer the text as typed, as the search engines agents know do: "‘환불’로 찾은 결과입니다. ‘환볼’ 그대로 찾기".
 * @param literalHref the URL of the text as typed (a real link: it opens in a new tab too)
 */
export function correctionNotice(outcome: SearchOutcome, literalHref: string, onLiteral: () => void): (Node | string)[] {
  const fixed = outcome.terms.filter((term) => term.corrected);
  if (!fixed.length) return [];
  const searched = fixed.map((term) => term.corrected!).join(', ');
  const link = el('a', 'search-literal', `‘${outcome.query.trim()}’ 그대로 찾기`);
  link.href = literalHref;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onLiteral();
  });
  return [el('strong', undefined, `‘${searched}’`), `${josa(searched, '으로/로').slice(searched.length)} 찾은 결과입니다. `, link];
}
