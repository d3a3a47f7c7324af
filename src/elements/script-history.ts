/**
 * The scripts an agent keeps in this browser (localStorage): 즐겨찾기, 최근 본 스크립트, and the line
 * fingerprints each script page last showed. Everything is stored and read back as text and checked on
 * the way in, so a tampered or outdated store yields fewer entries, never an error or markup.
 */
import { fingerprintPattern } from '../model/line-fingerprint';

export interface ScriptRef {
  id: string;
  title: string;
  category: string;
}
export interface SeenState {
  /** When the page last showed the script (ms since epoch). */
  at: number;
  lines: string[];
}

export const recentLimit = 10;
const favouriteLimit = 50;
/** Scripts whose last-seen lines are remembered; the oldest are forgotten first. */
const seenLimit = 300;
const keys = { favourites: 'kb-favourites:v1', recent: 'kb-recent:v1', seen: 'kb-seen:v1' } as const;
const changeEvent = 'kb-history-change';
/** A script id (the same rule as slugPattern in model/vocabulary.ts, which browser code does not import). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const scriptUrl = (id: string) => `/faq/${id}/`;
export const isScriptId = (id: unknown): id is string => typeof id === 'string' && id.length <= 200 && idPattern.test(id);
const text = (value: unknown, max = 300) => (typeof value === 'string' ? value.slice(0, max) : undefined);

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null; // blocked or corrupted storage: nothing kept
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the page still works for this visit.
  }
  window.dispatchEvent(new CustomEvent(changeEvent));
}

/** Valid, distinct references from whatever the store held. */
function refs(value: unknown): ScriptRef[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<string>();
  return value.flatMap((item: Partial<Record<keyof ScriptRef, unknown>> | null) => {
    const id = item?.id;
    const title = text(item?.title);
    if (!isScriptId(id) || !title || ids.has(id)) return [];
    ids.add(id);
    return [{ id, title, category: text(item?.category) ?? '' }];
  });
}

export const favourites = () => refs(read(keys.favourites)).slice(0, favouriteLimit);
export const recent = () => refs(read(keys.recent)).slice(0, recentLimit);
export const isFavourite = (id: string) => favourites().some((ref) => ref.id === id);

export function setFavourite(ref: ScriptRef, on: boolean) {
  const others = favourites().filter((kept) => kept.id !== ref.id);
  write(keys.favourites, on ? [ref, ...others].slice(0, favouriteLimit) : others);
}

/** Puts the script first in 최근 본 스크립트. */
export function recordVisit(ref: ScriptRef) {
  write(keys.recent, [ref, ...recent().filter((kept) => kept.id !== ref.id)].slice(0, recentLimit));
}

export const clearFavourites = () => write(keys.favourites, []);
export const clearRecent = () => write(keys.recent, []);

/** Drops scripts that no longer exist and takes renamed titles, in both lists. */
export function reconcile(removed: ReadonlySet<string>, current: ReadonlyMap<string, Omit<ScriptRef, 'id'>>) {
  const update = (list: ScriptRef[]) => list.filter((ref) => !removed.has(ref.id)).map((ref) => ({ ...ref, ...current.get(ref.id) }));
  const changed = (before: ScriptRef[], after: ScriptRef[]) => JSON.stringify(before) !== JSON.stringify(after);
  const [fav, rec] = [favourites(), recent()];
  const [nextFav, nextRec] = [update(fav), update(rec)];
  if (changed(fav, nextFav)) write(keys.favourites, nextFav);
  if (changed(rec, nextRec)) write(keys.recent, nextRec);
}

function seenAll(): Record<string, SeenState> {
  const stored = read(keys.seen);
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const valid = Object.entries(stored as Record<string, Partial<Record<keyof SeenState, unknown>> | null>).flatMap(([id, state]) => {
    const { at, lines } = state ?? {};
    if (!isScriptId(id) || typeof at !== 'number' || !Number.isFinite(at) || !Array.isArray(lines)) return [];
    return [[id, { at, lines: lines.filter((line): line is string => typeof line === 'string' && fingerprintPattern.test(line)) }] as const];
  });
  return Object.fromEntries(valid);
}

/** What this browser last showed of a script (undefined the first time). */
export const seenState = (id: string): SeenState | undefined => seenAll()[id];

/** Remembers the script's lines as shown now. */
export function markSeen(id: string, lines: readonly string[], at = Date.now()) {
  const all = { ...seenAll(), [id]: { at, lines: [...lines] } };
  const kept = Object.entries(all).sort(([, a], [, b]) => b.at - a.at).slice(0, seenLimit);
  write(keys.seen, Object.fromEntries(kept));
}

/** Calls `listener` whenever the lists change, in this tab or another; returns the unsubscribe. */
export function onHistoryChange(listener: () => void): () => void {
  window.addEventListener(changeEvent, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(changeEvent, listener);
    window.removeEventListener('storage', listener);
  };
}
