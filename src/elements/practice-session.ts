/**
 * Opens the practice mode on a script page (loaded lazily by practice-mode.ts): reads the page's steps,
 * makes its cards with practiceCards (the one definition of which cards exist), and shows them in a
 * <practice-deck> with progress and the done summary. The script and its live-call tools fold while
 * the mode is open (article[data-mode='practice']); leaving is a link back to the plain page.
 */
import { practiceCards } from '../model/practice';
import { renderCard } from './practice-card-view';
import { readPageSteps } from './practice-page-steps';
import { progressMarkup } from './practice-progress-markup';
import * as dom from './contract/dom-names';
import './practice-deck';
import './practice-progress';
import deckStyles from '../styles/practice.css?url';
import progressStyles from '../styles/practice-progress.css?url';

/** The deck's frame around the cards: progress and reset, the live status, the done summary. */
function deckFrame(faq: string, title: string, keys: readonly string[], learnHref: string): HTMLElement {
  const deck = document.createElement('practice-deck');
  deck.dataset.faq = faq;
  deck.dataset.title = title;
  deck.innerHTML = `
    <div class="practice-toolbar">
      <practice-progress class="practice-progress">${progressMarkup(keys.length)}</practice-progress>
      <button type="button" class="practice-reset" data-reset>이 스크립트 기록 지우기</button>
    </div>
    <p class="practice-status" role="status" aria-live="polite" data-status></p>
    <div class="practice-cards"></div>
    <section class="practice-done" data-done hidden aria-labelledby="practice-done-title">
      <h3 id="practice-done-title" class="practice-done-title" tabindex="-1">카드를 모두 봤어요</h3>
      <p data-done-summary></p>
      <div class="practice-done-actions">
        <button type="button" data-again-only>다시 볼 카드만 다시 보기</button>
        <button type="button" data-restart>처음부터 다시</button>
        <a data-learn-link>학습 목록으로</a>
      </div>
    </section>`;
  // The list's address comes from the page (under the site's base), set as a property, never as markup.
  deck.querySelector<HTMLAnchorElement>('[data-learn-link]')!.href = learnHref;
  const progress = deck.querySelector<HTMLElement>(dom.practiceProgressElement)!;
  progress.dataset[dom.practiceFaqData] = faq;
  progress.dataset[dom.practiceKeysData] = keys.join(' ');
  return deck;
}

/** Loads a stylesheet (same-origin, as the CSP allows); resolves when it applies, so the deck never shows unstyled. */
function stylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

export async function openPractice(host: HTMLElement, focus: boolean): Promise<void> {
  await Promise.all([stylesheet(deckStyles), stylesheet(progressStyles)]);
  const article = host.closest<HTMLElement>('article') ?? document.body;
  const steps = readPageSteps(article);
  const cards = practiceCards(steps);
  const deck = deckFrame(host.dataset[dom.practiceFaqData] ?? '', host.dataset.title ?? '', cards.map((card) => card.key), host.dataset.learn ?? '/learn/');
  deck.querySelector('.practice-cards')!.append(...cards.map((card, index) => renderCard(card, index + 1, steps.map((step) => step.number))));
  if (focus) deck.dataset.focus = '';
  article.dataset.mode = 'practice';
  document.title = `연습: ${document.title}`;
  host.querySelector(dom.byData(dom.practiceStageData))?.append(deck);
}
