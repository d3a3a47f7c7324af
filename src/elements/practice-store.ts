/** Practice progress kept in the browser (localStorage): which cards the learner knows or wants to see again. */

export type CardStatus = 'known' | 'again';

export interface CardRecord {
  status: CardStatus;
  /** When the learner marked it (ms since epoch). */
  at: number;
  /** Kept with the mark so the 학습 page can list 다시 볼 cards without loading every script. */
  title: string;
  situation: string;
}

/** Card ids are `<faq id>/<card key>`: `valet-exit-not-processed/s2-b1-0`. */
export const cardId = (faq: string, key: string) => `${faq}/${key}`;
export const faqOfCard = (id: string) => id.slice(0, id.indexOf('/'));

const storageKey = 'kb-practice:v1';
const changeEvent = 'kb-practice-change';

export function loadRecords(storage: Storage | undefined = globalThis.localStorage): Record<string, CardRecord> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, CardRecord>) : {};
  } catch {
    return {};
  }
}

function save(records: Record<string, CardRecord>, storage: Storage | undefined = globalThis.localStorage) {
  try {
    storage?.setItem(storageKey, JSON.stringify(records));
  } catch {
    // Private mode or a full quota: practice still works for this visit.
  }
  globalThis.dispatchEvent?.(new CustomEvent(changeEvent));
}

/** Calls `listener` whenever progress changes, in this tab or another; returns the unsubscribe. */
export function onRecordsChange(listener: () => void): () => void {
  window.addEventListener(changeEvent, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(changeEvent, listener);
    window.removeEventListener('storage', listener);
  };
}

export function markCard(id: string, record: Omit<CardRecord, 'at'>, now = Date.now()) {
  save({ ...loadRecords(), [id]: { ...record, at: now } });
}

/** Forgets every card, or only the cards of one script. */
export function resetRecords(faq?: string) {
  if (!faq) return save({});
  save(Object.fromEntries(Object.entries(loadRecords()).filter(([id]) => faqOfCard(id) !== faq)));
}

/**
 * The order to practise cards in: 다시 볼게요 first (longest ago first), then cards never marked (in
 * script order), then 알았어요 (longest ago first).
 * @example practiceOrder(['a','b','c'], { c: {status:'again'}, a: {status:'known'} }) → ['c','b','a']
 */
export function practiceOrder(ids: readonly string[], records: Readonly<Record<string, Pick<CardRecord, 'status' | 'at'>>>): string[] {
  const rank = (id: string) => (records[id]?.status === 'again' ? 0 : records[id] ? 2 : 1);
  return ids
    .map((id, index) => ({ id, index }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (records[a.id]?.at ?? 0) - (records[b.id]?.at ?? 0) || a.index - b.index)
    .map(({ id }) => id);
}

/** Counts of a script's cards by status. */
export function progressOf(ids: readonly string[], records: Readonly<Record<string, Pick<CardRecord, 'status'>>>) {
  const known = ids.filter((id) => records[id]?.status === 'known').length;
  const again = ids.filter((id) => records[id]?.status === 'again').length;
  return { total: ids.length, known, again, unseen: ids.length - known - again };
}
