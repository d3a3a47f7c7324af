/** Where the content lives: `KB_CONTENT_DIR` (a team's own repository) or ./content. */
import path from 'node:path';

export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.KB_CONTENT_DIR || 'content');
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') ? file : relative;
}
