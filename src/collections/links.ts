/** Links between scripts: `related` ids in FAQs and the glossary must name existing FAQs. */
import type { Faq } from '../model/faq';
import type { GlossaryEntry } from '../model/glossary';
import type { ContentProblem } from './content-error';

export interface LinkSource {
  shown: string;
  data: Faq;
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** `otherIds`: ids of files that failed validation, so a link to them is not reported twice. */
export function linkProblems(faqs: readonly LinkSource[], glossary: readonly GlossaryEntry[] = [], glossaryFile = 'glossary.yaml', otherIds: Iterable<string> = []): ContentProblem[] {
  const ids = new Set([...faqs.map((faq) => faq.data.id), ...otherIds]);
  const problems: ContentProblem[] = [];
  for (const faq of faqs) {
    faq.data.related?.forEach((id, index) => {
      if (id === faq.data.id) problems.push({ file: faq.shown, line: faq.lineOf?.(['related', index]), field: `related[${index}]`, message: 'a script cannot be related to itself' });
      else if (!ids.has(id)) problems.push({ file: faq.shown, line: faq.lineOf?.(['related', index]), field: `related[${index}]`, message: `no FAQ has id "${id}"; use an existing id or remove it` });
    });
  }
  glossary.forEach((entry, index) =>
    entry.related.forEach((id, at) => {
      if (!ids.has(id)) problems.push({ file: glossaryFile, field: `[${index}].related[${at}]`, message: `no FAQ has id "${id}"; use an existing id or remove it` });
    }),
  );
  return problems;
}
