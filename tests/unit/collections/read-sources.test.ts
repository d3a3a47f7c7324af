/** Reading the content directory: every FAQ file, in path order, whatever their number (read in batches). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFaqSources } from '../../../src/collections/check-content';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFaqSources', () => {
  it('여러 묶음(256개 넘게)으로 읽어도 모든 파일을 경로 순서대로, 내용 그대로 돌려준다', async () => {
    const names = Array.from({ length: 600 }, (_, index) => `s-${String(index).padStart(4, '0')}.mdx`);
    mkdirSync(path.join(dir, 'sub'));
    for (const name of [...names].reverse()) writeFileSync(path.join(dir, name), `---\nid: ${name}\n---\n`);
    writeFileSync(path.join(dir, 'sub', 'z.mdx'), '---\nid: z\n---\n');
    writeFileSync(path.join(dir, 'notes.txt'), '스크립트가 아님');
    const sources = await readFaqSources(dir);
    expect(sources.map((source) => path.relative(dir, source.absolute))).toEqual([...names, path.join('sub', 'z.mdx')]);
    expect(new TextDecoder().decode(sources[599]!.bytes)).toBe('---\nid: s-0599.mdx\n---\n');
  });
});
