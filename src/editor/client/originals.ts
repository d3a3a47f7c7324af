/** The file text each script had when the editor opened it (by id), for the review and the `changes` line. */
import type { Faq } from '../../model/faq';
import { entryToFaq, type EntryFaq } from '../entry/entry-shape';

const originals = new Map<string, Faq>();

export function rememberOriginal(entry: EntryFaq): void {
  if (entry.id && !originals.has(entry.id)) originals.set(entry.id, entryToFaq(structuredClone(entry)).faq);
}

export const originalOf = (id: string | undefined) => (id ? originals.get(id) : undefined);

/** After a save, the saved script is the new original. */
export const replaceOriginal = (faq: Faq) => originals.set(faq.id, structuredClone(faq));
