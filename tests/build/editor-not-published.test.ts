/** The agents' published site does not contain the editor, and keeps its own security policy. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { editorCsp } from '../../src/editor/server/editor-server';
import { securityHeaders } from '../../src/server/headers';
import { bundledSite } from '../helpers/build';

describe('상담사 사이트에는 편집기가 없다', () => {
  it('dist/에 편집기 페이지·번들·설정이 없다', async () => {
    const { outDir } = await bundledSite();
    const files = await glob('**/*', { cwd: outDir, dot: true });
    expect(files.filter((file) => /admin|decap|editor/i.test(file))).toEqual([]);
    const mentions = files.filter((file) => /\.(html|js|json|xml|txt)$/.test(file) && /decap-cms|CMS_MANUAL_INIT|\/admin\//.test(readFileSync(path.join(outDir, file), 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('상담사 페이지의 보안 정책은 그대로이고, 편집기의 정책은 따로 있다', () => {
    for (const indexable of [true, false]) expect(securityHeaders(indexable)['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(editorCsp).toContain("'unsafe-eval'");
  });
});
