/** Paths for messages. (Where the content lives is a setting: `settings().contentDir`, src/config/settings.ts.) */
import path from 'node:path';

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') ? file : relative;
}
