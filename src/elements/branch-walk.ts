/**
 * <branch-walk>: walks a script's decisions. Each decision's options become buttons; choosing one
 * shows that path and folds its siblings. The path lives in the URL hash as the deepest branch key of
 * each step (`#s2-b1-0`, several joined by commas), so reload, back/forward and shared links restore it.
 * Without JavaScript nothing is folded: every path stays readable.
 */
import { splitSentences } from '../korean/sentences';
import { branchKey, parseBranchKey } from '../model/branch-key';
import { announce, copyWithFeedback } from './clipboard';
import * as dom from './contract/dom-names';
import { formatWalkHash, parseWalkHash, type WalkPath } from './contract/walk-url';
import { lineFilling } from './line-filler';
import { slotStore } from './slot-store';

interface Decision {
  step: number;
  /** Index path of the branch the decision sits in; empty at the step. */
  parent: number[];
  group: HTMLElement;
  options: HTMLButtonElement[];
  sections: HTMLElement[];
}

const startsWith = (path: readonly number[], prefix: readonly number[]) => prefix.every((index, depth) => path[depth] === index);

export class BranchWalk extends HTMLElement {
  #path: WalkPath = new Map();
  #decisions: Decision[] = [];
  #root: ParentNode = document;
  #trail?: HTMLElement;

  connectedCallback() {
    if (this.#decisions.length) return;
    this.#root = this.closest('article') ?? document;
    this.#trail = this.querySelector<HTMLElement>(dom.byClass(dom.walkTrailClass)) ?? undefined;
    for (const container of this.#root.querySelectorAll<HTMLElement>(`${dom.stepSelector} ${dom.decisionSelector}`)) this.#decisions.push(this.#enhance(container));
    this.querySelector(dom.byData('action', dom.resetWalkAction))?.addEventListener('click', () => this.#go(new Map()));
    this.querySelector(dom.byData('action', dom.copyPathAction))?.addEventListener('click', (event) => void this.copyPath(event.currentTarget as HTMLButtonElement));
    window.addEventListener('popstate', this.#onLocation);
    window.addEventListener('hashchange', this.#onLocation);
    document.addEventListener('keydown', this.#onKey);
    const fromUrl = this.#readHash();
    this.#path = fromUrl?.path ?? new Map();
    this.#render();
    if (fromUrl?.target) {
      // Chrome applies the URL fragment (and drops focus) at load; focus the path after that.
      const focus = () => this.#focusTarget(fromUrl.target);
      if (document.readyState === 'complete') focus();
      else window.addEventListener('load', () => requestAnimationFrame(focus), { once: true });
    }
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onLocation);
    window.removeEventListener('hashchange', this.#onLocation);
    document.removeEventListener('keydown', this.#onKey);
  }

  /** Puts a group of option buttons before a decision's branches. */
  #enhance(container: HTMLElement): Decision {
    const stepItem = container.closest(dom.stepSelector);
    const step = parseBranchKey(stepItem?.id ?? '')?.stepNumber ?? Number.NaN;
    const parentKey = container.parentElement?.closest<HTMLElement>(dom.branchSelector)?.dataset[dom.branchKeyData];
    const parent = (parentKey && parseBranchKey(parentKey)?.indexes) || [];
    const sections = [...container.querySelectorAll<HTMLElement>(`:scope > ${dom.branchSelector}`)];
    const context = parentKey ? container.parentElement?.querySelector(dom.ownBranchNameSelector)?.textContent : stepItem?.querySelector(dom.byClass(dom.stepTextClass))?.textContent;
    const group = document.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `${context ?? ''} 분기 선택`.trim());
    const prompt = document.createElement('p');
    prompt.className = 'choices-prompt';
    prompt.setAttribute('aria-hidden', 'true');
    prompt.textContent = '고객 응답에 맞는 분기를 고르세요';
    const list = document.createElement('div');
    list.className = 'choices-list';
    const options = sections.map((section, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.setAttribute('aria-controls', section.id);
      const key = document.createElement('span');
      key.className = 'choice-key';
      key.setAttribute('aria-hidden', 'true');
      key.textContent = String(index + 1);
      const name = document.createElement('span');
      name.className = 'choice-name';
      name.textContent = section.querySelector(dom.ownBranchNameSelector)?.textContent ?? '';
      button.append(key, name);
      const hint = section.querySelector(dom.ownBranchHintSelector)?.textContent;
      if (hint) {
        const small = document.createElement('span');
        small.className = 'choice-hint';
        small.textContent = hint;
        button.append(small);
      }
      button.addEventListener('click', () => this.choose(step, [...parent, index]));
      return button;
    });
    list.append(...options);
    group.append(prompt, list);
    container.before(group);
    container.classList.add('is-walked');
    return { step, parent, group, options, sections };
  }

  /** Chooses a branch (new history entry), keeping the choices of other steps. */
  choose(step: number, indexes: readonly number[]) {
    this.#go(new Map(this.#path).set(step, [...indexes]));
  }

  /** Undoes the latest choice of the last step that has one. */
  back() {
    const step = [...this.#path.keys()].sort((a, b) => a - b).at(-1);
    if (step === undefined) return;
    const indexes = this.#path.get(step) ?? [];
    const next = new Map(this.#path);
    if (indexes.length > 1) next.set(step, indexes.slice(0, -1));
    else next.delete(step);
    this.#go(next);
  }

  /** The sentences to say on the chosen path, filled in, in reading order. */
  async sentences(): Promise<string[]> {
    const lines = [...this.#root.querySelectorAll<HTMLElement>(`${dom.stepSelector} ${dom.sayLineSelector}`)].filter((line) => !line.closest('[hidden]'));
    const { fillLine } = await lineFilling();
    return lines.flatMap((line) => splitSentences(fillLine(line.dataset[dom.lineTemplateData] ?? '', slotStore.values, slotStore.definitions)));
  }

  /** The chosen path as a clean transcript: what to say, filled in, one numbered sentence per line. */
  async transcript(): Promise<string> {
    return (await this.sentences()).map((sentence, index) => `${index + 1}. ${sentence}`).join('\n');
  }

  /** The branches chosen in each step, as the trail names them: [{ step: '② 상황설명', branches: ['이용 요금 있을 경우', 'Y'] }]. */
  choices(): { step: string; branches: string[] }[] {
    return [...this.#path]
      .sort(([a], [b]) => a - b)
      .map(([step, indexes]) => {
        const [first, ...branches] = this.#crumbs(step, indexes).map((crumb) => crumb.label);
        return { step: first ?? '', branches };
      });
  }

  /** The step and each chosen branch down to `indexes`, with their labels. */
  #crumbs(step: number, indexes: readonly number[]) {
    const stepItem = this.#root.querySelector(`#${dom.stepId(step)}`);
    const stepLabel = `${stepItem?.querySelector(dom.ownStepNumberSelector)?.textContent ?? ''} ${stepItem?.querySelector(dom.ownStepTextSelector)?.textContent ?? ''}`.trim();
    const branchName = (path: readonly number[]) => document.getElementById(branchKey(step, path))?.querySelector(dom.byClass(dom.branchNameClass))?.textContent ?? '';
    return [{ label: stepLabel, path: [] as number[] }, ...indexes.map((_, depth) => ({ label: branchName(indexes.slice(0, depth + 1)), path: indexes.slice(0, depth + 1) }))];
  }

  /** The filled 상담 정보 as `label: value`, in the panel's order (the memo's {{slots}}). */
  async filledSlots(): Promise<string[]> {
    const { slotText } = await lineFilling();
    return [...slotStore.definitions.values()].flatMap((slot) => {
      const shown = slotText(slot.name, slotStore.values, slotStore.definitions);
      return shown.filled ? [`${slot.label}: ${shown.text}`] : [];
    });
  }

  /**
   * The page's copy and announcement, for tools loaded later (ScriptCompanion): they reach these through
   * this element instead of importing the modules, so the script page's first view does not split them out.
   */
  readonly copy = copyWithFeedback;
  readonly announce = announce;

  async copyPath(button = this.querySelector<HTMLButtonElement>(dom.byData('action', dom.copyPathAction))) {
    if (!button) return;
    const text = await this.transcript();
    return copyWithFeedback(button, '경로 복사', text, `복사됨: 경로 ${text.split('\n').length}문장`);
  }

  #go(path: WalkPath) {
    this.#path = path;
    const hash = formatWalkHash(path);
    history.pushState(null, '', hash ? `#${hash}` : location.pathname + location.search);
    this.#render();
  }

  /** The walk a URL hash describes, cut where it stops matching this page; undefined when the hash is not ours (#main). */
  #readHash(): { path: Map<number, number[]>; target: string } | undefined {
    const keys = parseWalkHash(location.hash);
    if (!keys) return undefined;
    const path = new Map<number, number[]>();
    let target = '';
    for (const key of keys) {
      const valid: number[] = [];
      for (const index of key.indexes) {
        const decision = this.#decisions.find((d) => d.step === key.stepNumber && d.parent.length === valid.length && startsWith(valid, d.parent));
        if (!decision || index >= decision.options.length) break;
        valid.push(index);
      }
      if (valid.length) path.set(key.stepNumber, valid);
      target = branchKey(key.stepNumber, valid);
    }
    return { path, target };
  }

  #onLocation = (event: Event) => {
    const fromUrl = this.#readHash();
    if (!fromUrl) return;
    this.#path = fromUrl.path;
    this.#render();
    const active = document.activeElement;
    // A followed link (hashchange) goes to its branch: the browser could not scroll to it while it was folded.
    // Otherwise focus moves only when it was lost (a now-hidden option, a rebuilt trail link).
    const lost = !active || active === document.body || !!active.closest('[hidden]') || !active.isConnected;
    if (event.type === 'hashchange' || lost) this.#focusTarget(fromUrl.target || dom.stepId(1));
  };

  #focusTarget(id: string) {
    const target = id && document.getElementById(id);
    if (!target) return;
    const heading = target.querySelector<HTMLElement>(`:scope > ${dom.byClass(dom.branchLabelClass)}, :scope > ${dom.byClass(dom.stepTitleClass)}`) ?? target;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }

  /** The decision the agent meets next: the first visible one without a choice. */
  #current(): Decision | undefined {
    return this.#decisions.find((d) => d.group.dataset.state === 'open' && !d.group.closest('[hidden]'));
  }

  /** Where number keys choose: the next open question, or once all are answered the last one (to change the answer). */
  #keyTarget(): Decision | undefined {
    return this.#current() ?? this.#decisions.filter((d) => !d.group.closest('[hidden]')).at(-1);
  }

  #render() {
    for (const decision of this.#decisions) {
      const chosen = this.#path.get(decision.step) ?? [];
      const selected = chosen.length > decision.parent.length && startsWith(chosen, decision.parent) ? chosen[decision.parent.length] : undefined;
      decision.options.forEach((option, index) => option.setAttribute('aria-expanded', String(index === selected)));
      decision.sections.forEach((section, index) => (section.hidden = index !== selected));
      decision.group.dataset.state = selected === undefined ? 'open' : 'answered';
    }
    const current = this.#keyTarget();
    for (const decision of this.#decisions) decision.group.toggleAttribute('data-current', decision === current);
    this.#renderTrail();
  }

  #renderTrail() {
    const trail = this.#trail;
    if (!trail) return;
    const items: HTMLElement[] = [];
    for (const [step, indexes] of [...this.#path].sort(([a], [b]) => a - b)) {
      const crumbs = this.#crumbs(step, indexes);
      crumbs.forEach((crumb, depth) => {
        const item = document.createElement('li');
        if (depth === crumbs.length - 1) {
          const here = document.createElement('span');
          here.setAttribute('aria-current', 'step');
          here.textContent = crumb.label;
          item.append(here);
        } else {
          const link = document.createElement('a');
          link.href = `#${formatWalkHash(new Map(this.#path).set(step, crumb.path)) || dom.stepId(step)}`;
          link.textContent = crumb.label;
          item.append(link);
        }
        items.push(item);
      });
    }
    if (!items.length) {
      const empty = document.createElement('li');
      empty.className = 'walk-empty';
      empty.textContent = '아직 고른 분기가 없습니다';
      items.push(empty);
    }
    trail.replaceChildren(...items);
  }

  #onKey = (event: KeyboardEvent) => {
    // Keys act only while the walk is on screen (not in the page's practice mode, for example).
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || !this.checkVisibility()) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    if (event.altKey && event.shiftKey && event.code === 'KeyC') {
      event.preventDefault();
      void this.copyPath();
      return;
    }
    if (event.altKey || event.shiftKey) return;
    // Single keys act only while focus is on the script (or nowhere), never in other widgets.
    if (target !== document.body && !this.#root.contains(target)) return;
    const choice = target.closest<HTMLButtonElement>('button.choice');
    if (choice && ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      const options = [...(choice.parentElement?.querySelectorAll<HTMLButtonElement>('button.choice') ?? [])];
      const at = options.indexOf(choice);
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? options.length - 1 : (at + (event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      options[next]?.focus();
      event.preventDefault();
    } else if (/^[1-9]$/.test(event.key)) {
      const decision = this.#keyTarget();
      const option = decision?.options[Number(event.key) - 1];
      if (!decision || !option) return;
      event.preventDefault();
      this.choose(decision.step, [...decision.parent, Number(event.key) - 1]);
      option.focus();
    } else if (event.key === 'Backspace' && this.#path.size) {
      event.preventDefault();
      this.back();
      const focused = document.activeElement;
      if (!focused || focused === document.body || focused.closest('[hidden]')) this.#current()?.options[0]?.focus();
    }
  };
}

if (!customElements.get(dom.branchWalkElement)) customElements.define(dom.branchWalkElement, BranchWalk);
