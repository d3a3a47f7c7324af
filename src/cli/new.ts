/** `kb new`: scaffolds a FAQ file that passes validation, from flags. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../collections/content-dir';
import { formatProblem } from '../collections/content-error';
import { validateFaqText } from '../collections/validate-faq';
import { loadVocabulary } from '../collections/vocabulary';
import { settings } from '../config/settings';
import { createFaqSchema, type Faq } from '../model/faq';
import { stepKinds, stepKindLabels, type StepKind } from '../model/step';
import { renderFaqFile } from '../importer/render-faq';
import { uniqueSlug } from '../importer/slug';
import { chosenContentDir, parseCommandArgs, type Io } from './command';

/** `발레 ▶ 오류 ▶ 입/출차오인식` or `발레 > 오류 > 입/출차오인식` (a `/` belongs to names like 입/출차오인식). */
export const splitCategory = (text: string) => text.split(/\s*[▶>＞]\s*/).map((part) => part.trim()).filter(Boolean);
export const splitList = (text: string) => text.split(/\s*[,，]\s*/).map((part) => part.trim()).filter(Boolean);

export async function runNew(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    title: { type: 'string' },
    category: { type: 'string' },
    sites: { type: 'string' },
    id: { type: 'string' },
    kind: { type: 'string' },
    owner: { type: 'string' },
    content: { type: 'string' },
  });
  const missing = (['title', 'category', 'sites'] as const).filter((flag) => !values[flag]);
  if (missing.length) throw new Error(`argument missing: ${missing.map((flag) => `--${flag}`).join(', ')} (see kb --help)`);
  const dir = chosenContentDir(values.content);
  const { today } = settings().freshness;
  const faqDir = path.join(dir, 'faq');
  const taken = new Set(existsSync(faqDir) ? readdirSync(faqDir).filter((file) => file.endsWith('.mdx')).map((file) => file.slice(0, -4)) : []);
  const id = values.id ?? uniqueSlug(values.title!, taken, 'faq');
  const kind = (values.kind ?? 'empathy') as StepKind;
  const faq = {
    id,
    title: values.title!.trim(),
    category: splitCategory(values.category!),
    sites: splitList(values.sites!),
    updated: today,
    ...(values.owner ? { owner: values.owner } : {}),
    changes: [{ date: today, summary: '새 스크립트 작성' }],
    steps: [{ title: stepKindLabels[kind] ?? kind, kind, script: [] }],
  } as unknown as Faq;
  const file = path.join(faqDir, `${id}.mdx`);
  const text = renderFaqFile(faq);
  const checked = validateFaqText(displayPath(file), text, createFaqSchema(loadVocabulary(dir)));
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(formatProblem(problem));
    io.err(`not written; fix the flags above (kinds: ${stepKinds.join(', ')})`);
    return 1;
  }
  if (existsSync(file)) {
    io.err(`${displayPath(file)} already exists; choose another --id`);
    return 1;
  }
  mkdirSync(faqDir, { recursive: true });
  writeFileSync(file, text);
  io.out(`created ${displayPath(file)} — write the script lines under steps[0].script, then run kb check`);
  return 0;
}
