/**
 * <practice-deck data-faq data-title>: shows a script's practice cards one at a time — 다시 볼게요 cards
 * first, then new ones, then known ones — and records 알았어요 / 다시 볼게요 in localStorage.
 * The practice mode (practice-session.ts) fills it with the cards it makes from the script page;
 * `data-focus` moves focus to the first card (the reader opened the mode, rather than loading its URL).
 */
import { cardId, loadRecords, markCard, practiceOrder, resetRecords, type CardStatus } from './practice-store';

export class PracticeDeck extends HTMLElement {
  #queue: HTMLElement[] = [];
  #position = 0;
  #marked: Record<CardStatus, number> = { known: 0, again: 0 };

  get faq() {
    return this.dataset.faq ?? '';
  }

  get cards(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.practice-card')];
  }

  connectedCallback() {
    for (const card of this.cards) {
      const answer = card.querySelector('details');
      const marks = card.querySelector<HTMLElement>('.practice-marks');
      // The marks appear once the learner has looked at the answer: recall first, then judge.
      answer?.addEventListener('toggle', () => {
        if (answer.open && marks) marks.hidden = false;
      });
      card.querySelectorAll<HTMLButtonElement>('[data-mark]').forEach((button) =>
        button.addEventListener('click', () => this.mark(card, button.dataset.mark as CardStatus)),
      );
    }
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => {
        if (!confirm(`‘${this.dataset.title}’ 연습 기록을 지울까요?`)) return;
        resetRecords(this.faq);
        this.start(this.cards, '기록을 지웠습니다. 처음부터 다시 시작합니다.');
      });
    }
    this.querySelector('[data-restart]')?.addEventListener('click', () => this.start(this.cards));
    this.querySelector('[data-again-only]')?.addEventListener('click', () => {
      const records = loadRecords();
      this.start(this.cards.filter((card) => records[this.idOf(card)]?.status === 'again'));
    });
    this.start(this.cards, undefined, this.hasAttribute('data-focus'));
  }

  idOf(card: HTMLElement) {
    return cardId(this.faq, card.dataset.card ?? '');
  }

  /** Begins a round over `cards` in practice order. */
  start(cards: HTMLElement[], message?: string, focus = true) {
    const records = loadRecords();
    const byId = new Map(cards.map((card) => [this.idOf(card), card]));
    this.#queue = practiceOrder([...byId.keys()], records).map((id) => byId.get(id)!);
    this.#position = 0;
    this.#marked = { known: 0, again: 0 };
    const firstAgain = this.#queue[0] && records[this.idOf(this.#queue[0])]?.status === 'again';
    this.show(message ?? (firstAgain ? '다시 볼게요로 표시한 카드부터 보여 드립니다.' : undefined), focus);
  }

  show(message?: string, focus = true) {
    const current = this.#queue[this.#position];
    for (const card of this.cards) {
      card.hidden = card !== current;
      const answer = card.querySelector('details');
      if (answer) answer.open = false;
      const marks = card.querySelector<HTMLElement>('.practice-marks');
      if (marks) marks.hidden = true;
    }
    const done = this.querySelector<HTMLElement>('[data-done]');
    const status = this.querySelector('[data-status]');
    if (current) {
      if (done) done.hidden = true;
      if (status) status.textContent = [message, `카드 ${this.#position + 1} / ${this.#queue.length}`].filter(Boolean).join(' ');
      if (focus) current.querySelector<HTMLElement>('.practice-card-title')?.focus();
      return;
    }
    if (status) status.textContent = message ?? '';
    if (!done) return;
    done.hidden = false;
    const summary = done.querySelector('[data-done-summary]');
    if (summary) summary.textContent = `이번에 알았어요 ${this.#marked.known}장, 다시 볼게요 ${this.#marked.again}장.`;
    const againOnly = done.querySelector<HTMLElement>('[data-again-only]');
    const records = loadRecords();
    if (againOnly) againOnly.hidden = !this.cards.some((card) => records[this.idOf(card)]?.status === 'again');
    if (focus) done.querySelector<HTMLElement>('.practice-done-title')?.focus();
  }

  mark(card: HTMLElement, status: CardStatus) {
    markCard(this.idOf(card), { status, title: this.dataset.title ?? '', situation: card.dataset.situation ?? '' });
    this.#marked[status] += 1;
    this.#position += 1;
    this.show(status === 'known' ? '알았어요로 표시했습니다.' : '다시 볼게요로 표시했습니다. 다음에 먼저 보여 드립니다.');
  }
}

if (!customElements.get('practice-deck')) customElements.define('practice-deck', PracticeDeck);
