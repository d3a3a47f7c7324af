/** Builds the FAQ schema from the bundled vocabularies, for unit tests of content validation. */
import path from 'node:path';
import { loadVocabulary } from '../../src/collections/vocabulary';
import { validateFaqText } from '../../src/collections/validate-faq';
import { createFaqSchema } from '../../src/model/faq';

export const bundledContent = path.resolve(__dirname, '../../content');
export const vocabulary = loadVocabulary(bundledContent);
export const faqSchema = createFaqSchema(vocabulary);

export const validate = (text: string, file = 'content/faq/test.mdx') => validateFaqText(file, text, faqSchema);

/** A valid FAQ file whose frontmatter lines can be edited by tests. */
export const validFaqLines = [
  '---',
  'id: test-script',
  'title: 테스트 스크립트',
  'category: [발레, 오류, 입/출차오인식]',
  'sites: [에버랜드]',
  'updated: 2026-11-25',
  'steps:',
  '  - title: 상황설명',
  '    kind: explain',
  '    script:',
  '      - 발레 요금은 {{amount}}으로 확인 됩니다.',
  '    branches:',
  '      - label: Y',
  '        script:',
  '          - 첨부 감사합니다.',
  '---',
  '',
];
export const faqText = (lines = validFaqLines) => lines.join('\n');
export const replaceLine = (from: string, to: string) => faqText(validFaqLines.map((line) => (line === from ? to : line)));
