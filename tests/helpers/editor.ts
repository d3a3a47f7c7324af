/** The local editor on a temporary copy of the bundled content, and a snapshot of that copy's files. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { projectRoot } from './build';

/** A fresh copy of content/ (so a test's saves never touch the repository). */
export function contentCopy(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-editor-content-')), 'content');
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file under a directory (hidden ones too: a stray temporary file is a finding) → its text. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await glob('**/*', { cwd: dir, dot: true })).sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}
