/** Guesses a step's kind from its title, using the model's Korean labels plus the export's synonyms. */
import { stepKindLabels, type StepKind } from '../model/step';

/** Words the exports use for a kind besides the model's own label (checked in this order). */
const synonyms: [string, StepKind][] = [
  ['감성', 'empathy'],
  ['공감', 'empathy'],
  ['탐색', 'check'],
  ['설명', 'explain'],
  ['종료', 'close'],
];

export function stepKindOf(title: string): StepKind {
  const words: [string, StepKind][] = [
    ...(Object.entries(stepKindLabels) as [StepKind, string][]).filter(([kind]) => kind !== 'other').map(([kind, label]): [string, StepKind] => [label, kind]),
    ...synonyms,
  ];
  let best: { at: number; kind: StepKind } | undefined;
  for (const [word, kind] of words) {
    const at = title.indexOf(word);
    if (at >= 0 && (!best || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? 'other';
}
