/**
 * One practice card as the deck shows it: the situation (each step's title and the branch labels
 * chosen), then the script's own lines behind a <details> reveal (recall first), then the 알았어요 /
 * 다시 볼게요 marks, which <practice-deck> shows once the answer is open.
 */
import { cardSituation, type PracticeCard } from '../model/practice';
import * as dom from './contract/dom-names';
import type { PageBlock } from './practice-page-steps';

type Child = Node | string | false | undefined;

/** A new element with classes, attributes and children. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => child !== false && child !== undefined));
  return element;
}

/**
 * A copy of a block of the script for the answer: the same sentence and slots, as plain reading — no
 * copy button, and glossary marks as their text, so Tab goes from the reveal straight to the marks.
 */
function answerBlock(block: PageBlock): Node {
  const copy = block.cloneNode(true) as Element;
  copy.querySelectorAll(dom.copyLineElement).forEach((button) => button.remove());
  copy.querySelectorAll(dom.termSelector).forEach((term) => term.replaceWith(term.textContent ?? ''));
  return copy;
}

/**
 * @param numbers the circled step numbers as the page shows them (①, ②, …)
 * @param level heading level of the card's title; the stops' titles are one below
 */
export function renderCard(card: PracticeCard<PageBlock>, position: number, numbers: readonly string[], level = 3): HTMLElement {
  const id = `card-${card.key}`;
  const situation = cardSituation(card);
  const numberOf = (step: number) => numbers[step - 1] ?? `${step}.`;
  const stops = card.stops.map((stop) =>
    el(
      'li',
      { class: stop.choices.length ? 'practice-stop chosen' : 'practice-stop' },
      el('span', { class: 'practice-step-number', 'aria-hidden': 'true' }, numberOf(stop.step)),
      el('span', { class: 'visually-hidden' }, `${stop.step}단계:`),
      el('span', { class: 'practice-step-title' }, stop.title),
      ...stop.choices.flatMap((choice) => [
        ' ',
        el('span', { class: 'practice-choice' }, el('span', { 'aria-hidden': 'true' }, '›'), ' ', el('b', {}, choice.label), choice.hint && el('span', { class: 'practice-hint' }, ` : ${choice.hint}`)),
      ]),
    ),
  );
  const lines = card.stops.map((stop) =>
    el(
      'div',
      { class: 'practice-stop-lines' },
      el(`h${level + 1}`, { class: 'practice-stop-title' }, [`${numberOf(stop.step)} ${stop.title}`, ...stop.choices.map((choice) => ` › ${choice.label}`)].join('')),
      stop.blocks.length ? el('div', { class: 'blocks' }, ...stop.blocks.map(answerBlock)) : el('p', { class: 'empty' }, '이 단계에는 할 말이 없습니다.'),
    ),
  );
  return el(
    'article',
    { class: 'practice-card', id, 'data-card': card.key, 'data-situation': situation, 'aria-labelledby': `${id}-title` },
    el(`h${level}`, { class: 'practice-card-title', id: `${id}-title`, tabindex: '-1' }, el('span', { class: 'practice-card-number' }, `카드 ${position}`), ` ${situation}`),
    el('ol', { class: 'practice-stops', 'aria-label': '상황' }, ...stops),
    el(
      'details',
      { class: 'practice-answer' },
      el('summary', { class: 'practice-reveal' }, '스크립트 보기 ', el('span', { class: 'practice-reveal-help' }, '— 할 말을 먼저 떠올려 보세요')),
      el('div', { class: 'practice-lines' }, ...lines),
    ),
    el(
      'div',
      { class: 'practice-marks', role: 'group', 'aria-label': '이 카드를 기억했나요?', hidden: '' },
      el('button', { type: 'button', class: 'practice-mark known', 'data-mark': 'known' }, '알았어요'),
      el('button', { type: 'button', class: 'practice-mark again', 'data-mark': 'again' }, '다시 볼게요'),
    ),
  );
}
