/**
 * <my-scripts>: 즐겨찾기 and 최근 본 스크립트 of this browser, on the home page and under the empty
 * search box (data-context="search": shown while the box has focus and nothing typed). It asks the
 * lines files (/lines/<bucket>.json) whether each listed script still exists (a removed one disappears quietly), takes
 * renamed titles, and counts the scripts whose lines changed since this browser last showed them.
 */
import { changedSince, fingerprintPattern, linesBucket, type ScriptLines } from '../model/line-fingerprint';
import { routePath } from '../site/routes';
import * as dom from './contract/dom-names';
import { clearFavourites, clearRecent, favourites, onHistoryChange, recent, reconcile, scriptUrl, seenState, type ScriptRef } from './script-history';

/** How long the list under the box stays open before its scripts are checked. */
const checkAfterMs = 400;

type Lookup = { state: 'removed' } | { state: 'found'; record: ScriptLines } | { state: 'unknown' };

/** The record of each script, read from the lines files of their buckets (each file asked for once); `unknown` offline or when a file is not what the build writes. */
async function lookUp(ids: readonly string[], base: string): Promise<Map<string, Lookup>> {
  const answers = new Map<string, Lookup>();
  await Promise.all(
    [...Map.groupBy(ids, linesBucket)].map(async ([bucket, inBucket]) => {
      const records = await readBucket(bucket, base);
      for (const id of inBucket) answers.set(id, records === 'unknown' ? { state: 'unknown' } : recordOf(records?.[id]));
    }),
  );
  return answers;
}

/** A bucket's records; undefined when the site has none (404: every script that was in it is gone). */
async function readBucket(bucket: string, base: string): Promise<Record<string, unknown> | undefined | 'unknown'> {
  try {
    const response = await fetch(routePath({ page: 'lines', bucket }, base));
    if (response.status === 404) return undefined;
    const data: unknown = await response.json();
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A script's entry of its bucket: missing means removed; a malformed one is `unknown`. */
function recordOf(entry: unknown): Lookup {
  if (entry === undefined) return { state: 'removed' };
  const { title, category, lines } = (entry ?? {}) as Partial<Record<keyof ScriptLines, unknown>>;
  if (typeof title !== 'string' || typeof category !== 'string' || !Array.isArray(lines)) return { state: 'unknown' };
  return { state: 'found', record: { title, category, lines: lines.filter((line): line is string => typeof line === 'string' && fingerprintPattern.test(line)) } };
}

function item(ref: ScriptRef, changed: boolean): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = scriptUrl(ref.id);
  const title = document.createElement('span');
  title.className = 'my-title';
  title.textContent = ref.title;
  const line = document.createElement('span');
  line.append(title);
  link.append(line);
  if (changed) {
    const mark = document.createElement('span');
    mark.className = 'changed-mark';
    mark.textContent = '바뀜';
    line.append(' ', mark);
  }
  if (ref.category) {
    const path = document.createElement('span');
    path.className = 'my-path';
    path.textContent = ref.category;
    link.append(path);
  }
  li.append(link);
  return li;
}

export class MyScripts extends HTMLElement {
  #changed = new Set<string>();
  #checked = false;
  #unsubscribe?: () => void;

  connectedCallback() {
    if (this.#unsubscribe) return;
    this.#unsubscribe = onHistoryChange(() => this.#render());
    this.#action(dom.clearFavouritesAction, () => clearFavourites());
    this.#action(dom.clearRecentAction, () => clearRecent());
    this.#render();
    if (this.dataset[dom.myScriptsContextData] === 'search') this.#followSearchBox();
    else void this.#check();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** A clear button: the list empties in place and focus stays in the section (its heading follows). */
  #action(name: string, run: () => void) {
    this.querySelector(dom.byData('action', name))?.addEventListener('click', () => {
      run();
      this.querySelector<HTMLElement>(dom.byClass(dom.myListsClass))?.focus();
    });
  }

  /**
   * Under the header's box: shown while the box has focus and is empty, checked when first shown. Not after
   * `/` or Ctrl+K (the agent is about to type a query; page-parts.ts marks data-dismissed): ↓ shows it
   * then. Esc hides it.
   */
  #followSearchBox() {
    const box = this.closest(dom.siteSearchElement);
    const input = box?.querySelector<HTMLInputElement>(dom.byClass(dom.searchInputClass));
    if (!box || !input) return;
    const dismiss = (on: boolean) => this.toggleAttribute('data-dismissed', on);
    let checkTimer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const inside = box.contains(document.activeElement);
      if (!inside) dismiss(false);
      const show = inside && !this.hasAttribute('data-dismissed') && !input.value.trim() && favourites().length + recent().length > 0;
      this.hidden = !show;
      // Checked once it has stayed open a moment: an agent who focuses the box and types at once never
      // sees the list, and their first query does not share the network and the main thread with its checks.
      clearTimeout(checkTimer);
      if (show && !this.#checked) checkTimer = setTimeout(() => !this.hidden && !this.#checked && void this.#check(), checkAfterMs);
    };
    box.addEventListener('focusin', update);
    box.addEventListener('focusout', () => setTimeout(update));
    input.addEventListener('input', () => {
      dismiss(false);
      update();
    });
    box.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'ArrowDown' && this.hidden && !input.value.trim()) {
        dismiss(false);
        update();
      } else if (key === 'Escape' && !this.hidden) {
        dismiss(true);
        update();
        input.focus();
      }
    });
    onHistoryChange(update);
    update();
  }

  async #check() {
    this.#checked = true;
    const ids = [...new Set([...favourites(), ...recent()].map((ref) => ref.id))];
    const answers = await lookUp(ids, this.dataset.base ?? '/');
    const removed = new Set<string>();
    const current = new Map<string, Omit<ScriptRef, 'id'>>();
    this.#changed.clear();
    for (const [id, answer] of answers) {
      if (answer.state === 'removed') removed.add(id);
      if (answer.state !== 'found') continue;
      current.set(id, { title: answer.record.title, category: answer.record.category });
      const seen = seenState(id);
      if (seen && changedSince(answer.record.lines, seen.lines).length) this.#changed.add(id);
    }
    reconcile(removed, current);
    this.#render();
  }

  #render() {
    const lists = { favourites: favourites(), recent: recent() };
    for (const [name, refs] of Object.entries(lists)) {
      const list = this.querySelector<HTMLElement>(dom.byData(dom.myListData, name));
      // Redraw only what changed, and keep the focus on its link: the check may finish while the agent tabs through.
      const drawn = JSON.stringify(refs.map((ref) => [ref.id, ref.title, ref.category, this.#changed.has(ref.id)]));
      if (list && list.dataset.drawn !== drawn) {
        const focused = list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : undefined;
        list.dataset.drawn = drawn;
        list.replaceChildren(...refs.map((ref) => item(ref, this.#changed.has(ref.id))));
        if (focused) [...list.querySelectorAll('a')].find((link) => link.getAttribute('href') === focused)?.focus();
      }
      const section = list?.closest(dom.byClass(dom.mySectionClass));
      section?.querySelector<HTMLElement>(dom.byClass(dom.myEmptyClass))?.toggleAttribute('hidden', refs.length > 0);
      section?.querySelector<HTMLElement>(dom.byData('action'))?.toggleAttribute('hidden', refs.length === 0);
    }
    const kept = new Set([...lists.favourites, ...lists.recent].map((ref) => ref.id));
    const changed = [...this.#changed].filter((id) => kept.has(id)).length;
    const summary = this.querySelector(dom.byClass(dom.myChangedClass));
    if (summary) summary.textContent = changed ? `즐겨찾기·최근 본 스크립트 중 ${changed}건이 지난번 확인 이후 바뀌었습니다.` : '';
  }
}

if (!customElements.get(dom.myScriptsElement)) customElements.define(dom.myScriptsElement, MyScripts);
