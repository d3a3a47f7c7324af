/**
 * The local save path of the editor, in front of decap-server's file system proxy: a save
 * (`persistEntry`) is checked with `kb check`'s own functions on the content as it would be and
 * written atomically only when nothing is wrong; otherwise nothing is written and the editor shows
 * the problems in Korean with kb check's `file:line — field: message` lines. Deleting, renaming
 * and media uploads are refused (the editor edits and creates scripts; deleting is a git change).
 */
import type { NextFunction, Request, Response } from 'express';
import { formatProblem } from '../../collections/content-error';
import { normaliseText } from '../../model/normalise-text';
import { refusalMessage } from '../review/refusal';
import { writeFileAtomic } from './atomic-write';
import { contentPath, problemsAfter, type FileChange } from './staged-check';

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

export class SaveRefused extends Error {}


/** Checks the changes and writes them; throws SaveRefused with the message for the editor. */
export async function saveChecked(contentDir: string, files: readonly DataFile[]): Promise<void> {
  const changes: (FileChange & { absolute: string })[] = files.map((file) => {
    const absolute = contentPath(contentDir, file.path);
    if (!absolute) throw new SaveRefused(`저장하지 않았습니다: "${file.path}"는 편집기가 고칠 수 있는 파일(faq/*.mdx, 어휘, 용어집)이 아닙니다.`);
    if (file.newPath && file.newPath !== file.path) throw new SaveRefused('저장하지 않았습니다: 파일 이름(id)은 편집기에서 바꿀 수 없습니다. 새 스크립트로 만들고 git에서 옛 파일을 지우세요.');
    return { path: file.path, absolute, text: normaliseText(String(file.raw ?? '')) };
  });
  const problems = await problemsAfter(contentDir, changes);
  if (problems.length) throw new SaveRefused(refusalMessage(problems.map(formatProblem)));
  for (const change of changes) await writeFileAtomic(change.absolute, change.text);
}

const refused = new Set(['deleteFile', 'deleteFiles', 'persistMedia']);

/** Express middleware for decap-server's `/api/v1`: handles saves itself and passes reads on. */
export function saveGuard(contentDir: string) {
  return async (request: Request, response: Response, next: NextFunction) => {
    const { action, params } = (request.body ?? {}) as { action?: string; params?: Record<string, any> };
    if (action && refused.has(action)) {
      return void response.status(422).json({ error: '편집기에서는 파일을 지우거나 올릴 수 없습니다. 스크립트를 지우려면 git에서 파일을 지우세요.' });
    }
    if (action !== 'persistEntry') return next();
    try {
      const files: DataFile[] = params?.dataFiles ?? (params?.entry ? [params.entry] : []);
      await saveChecked(contentDir, files);
      response.json({ message: 'entry persisted' });
    } catch (error) {
      const message = error instanceof SaveRefused ? error.message : `저장하지 못했습니다 (파일은 그대로입니다): ${error instanceof Error ? error.message : String(error)}`;
      response.status(422).json({ error: message });
    }
  };
}
