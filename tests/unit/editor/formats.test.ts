/** The editor's file formats write the project's canonical form: an untouched file comes back byte for byte. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/cli/command';
import { faqFromFile, faqToFile } from '../../../src/editor/entry/faq-format';
import { yamlListFromFile, yamlListToFile } from '../../../src/editor/entry/yaml-list-format';

const files = (pattern: string) => glob(pattern, { cwd: bundledContent });
/** What the form hands back: plain JSON, as Decap's entry data is. */
const throughForm = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('편집기 파일 형식', () => {
  it('스크립트 파일을 읽고 그대로 쓰면 한 바이트도 바뀌지 않는다', async () => {
    for (const file of await files('faq/**/*.mdx')) {
      const text = readFileSync(path.join(bundledContent, file), 'utf8');
      expect(faqToFile(throughForm(faqFromFile(text))), file).toBe(text);
    }
  });

  it('어휘와 용어집도 머리말 주석까지 그대로 돌아온다', async () => {
    for (const file of [...(await files('vocabulary/*.yaml')), 'glossary.yaml']) {
      const text = readFileSync(path.join(bundledContent, file), 'utf8');
      expect(yamlListToFile(throughForm(yamlListFromFile(text))), file).toBe(text);
    }
  });

  it('폼이 남긴 빈 값은 쓰지 않는다 (빈 설명, 빈 하위 분기)', () => {
    const entry = faqFromFile(readFileSync(path.join(bundledContent, 'faq/valet-pass-not-own-use.mdx'), 'utf8'));
    const branch = entry.steps[1]!.branches![0]!;
    Object.assign(branch, { hint: '', branches: [] });
    const text = faqToFile(throughForm(entry));
    expect(text).not.toContain('hint: ""');
    expect(text).not.toContain('branches: []');
  });

  it('frontmatter가 없는 파일은 한국어로 이유를 말하고 열지 않는다', () => {
    expect(() => faqFromFile('제목만 있는 파일')).toThrow(/frontmatter가 없어 편집기에서 열 수 없습니다/);
  });
});
