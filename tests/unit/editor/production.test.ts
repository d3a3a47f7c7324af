/** The production set-up in the repository: git host sign-in, a pull request per save, its own security policy. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorGeneratedDir, productionCsp } from '../../../src/editor/production/editor-files';
import { projectRoot } from '../../helpers/build';

const settings = JSON.parse(readFileSync(path.join(editorGeneratedDir, 'editor.json'), 'utf8'));

describe('운영 편집기 설정', () => {
  it('GitHub 로그인으로만 쓰고, 저장은 검토(pull request)를 거친다', () => {
    expect(settings.decap.backend.name).toBe('github');
    expect(settings.decap.publish_mode).toBe('editorial_workflow');
    expect(settings.decap.collections[0].folder).toBe('content/faq');
    expect(settings.checkUrl).toBeUndefined();
  });

  it('deploy/editor/security-headers.conf의 정책은 productionCsp()와 같다', () => {
    const conf = readFileSync(path.join(projectRoot, 'deploy/editor/security-headers.conf'), 'utf8');
    expect(/Content-Security-Policy "([^"]+)"/.exec(conf)?.[1]).toBe(productionCsp());
  });
});
