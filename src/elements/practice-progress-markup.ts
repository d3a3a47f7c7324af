/** The inside of <practice-progress>, as the build renders it (학습 lists) and the practice mode creates it. */
export const progressMarkup = (cards: number) =>
  `<span class="progress-bar" aria-hidden="true"><span class="progress-known"></span><span class="progress-again"></span></span><span class="progress-text" data-text>카드 ${cards}장</span>`;
