/**
 * What an edit changes, in the editor's terms: the sentences added, changed and removed between the
 * saved script and the edited one (step titles, branch labels and hints, every block's text), and
 * the `updated` date and `changes` line a save fills in.
 */
import type { Branch } from '../../model/branch';
import type { Faq } from '../../model/faq';
import { tagBlock, type Block } from '../../model/script';

type Texts = Map<string, string>;

function blockTexts(block: Block): string[] {
  const tagged = tagBlock(block);
  if ('text' in tagged) return [tagged.text];
  if (tagged.kind === 'route') return [tagged.route.title, ...tagged.route.segments];
  if (tagged.kind === 'link') return [tagged.link.label, tagged.link.url];
  return [tagged.id];
}

/** Every sentence of a script with a key saying where it is (`s1.b0.2`: step 1, branch 0, block 2). */
export function scriptTexts(faq: Pick<Faq, 'title' | 'steps'>): Texts {
  const texts: Texts = new Map([['title', faq.title]]);
  const blocks = (list: Block[] | undefined, key: string) =>
    (list ?? []).forEach((block, index) => blockTexts(block).forEach((text, part) => texts.set(`${key}.${index}${part ? `.${part}` : ''}`, text)));
  const branches = (list: Branch[] | undefined, key: string) =>
    (list ?? []).forEach((branch, index) => {
      const here = `${key}.b${index}`;
      texts.set(`${here}.label`, branch.label);
      if (branch.hint) texts.set(`${here}.hint`, branch.hint);
      blocks(branch.script, here);
      branches(branch.branches, here);
    });
  (faq.steps ?? []).forEach((step, index) => {
    texts.set(`s${index + 1}.title`, step.title);
    blocks(step.script, `s${index + 1}`);
    branches(step.branches, `s${index + 1}`);
  });
  return texts;
}

export interface SentenceDiff {
  added: string[];
  changed: { before: string; after: string }[];
  removed: string[];
}

/** Sentences that moved stay unreported; one edited in place is "changed"; the rest are added or removed. */
export function sentenceDiff(before: Pick<Faq, 'title' | 'steps'> | undefined, after: Pick<Faq, 'title' | 'steps'>): SentenceDiff {
  const old = before ? scriptTexts(before) : new Map<string, string>();
  const now = scriptTexts(after);
  const oldSet = new Set(old.values());
  const nowSet = new Set(now.values());
  const changed: SentenceDiff['changed'] = [];
  const paired = new Set<string>();
  for (const [key, text] of now) {
    const previous = old.get(key);
    if (previous !== undefined && previous !== text && !nowSet.has(previous) && !oldSet.has(text)) {
      changed.push({ before: previous, after: text });
      paired.add(previous).add(text);
    }
  }
  return {
    added: [...nowSet].filter((text) => !oldSet.has(text) && !paired.has(text)),
    changed,
    removed: [...oldSet].filter((text) => !nowSet.has(text) && !paired.has(text)),
  };
}

export const isEmptyDiff = (diff: SentenceDiff) => !diff.added.length && !diff.changed.length && !diff.removed.length;

/** A `changes` summary for a diff, e.g. `문장 1개 변경, 2개 추가 (편집기)`. */
export function changeSummary(diff: SentenceDiff): string {
  const parts = [
    diff.changed.length ? `${diff.changed.length}개 변경` : '',
    diff.added.length ? `${diff.added.length}개 추가` : '',
    diff.removed.length ? `${diff.removed.length}개 삭제` : '',
  ].filter(Boolean);
  return parts.length ? `문장 ${parts.join(', ')} (편집기)` : '스크립트 정보 수정 (편집기)';
}

/**
 * The FAQ with `updated` set to today and a `changes` line for today on top, when the script
 * changed and the editor has not written today's line already (an editor's own summary wins).
 */
export function stampChange<T extends Pick<Faq, 'title' | 'steps' | 'updated' | 'changes'>>(before: T | undefined, after: T, today: string): T {
  const diff = sentenceDiff(before, after);
  const unchanged = before && JSON.stringify(before) === JSON.stringify(after);
  if (unchanged) return after;
  const changes = after.changes ?? [];
  const hasToday = changes[0]?.date === today && changes.length > (before?.changes?.length ?? 0);
  return {
    ...after,
    updated: today,
    changes: hasToday ? changes : [{ date: today, summary: changeSummary(diff) }, ...changes],
  };
}
