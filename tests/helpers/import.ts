/** Runs the importer on export files into a fresh content directory holding the bundled vocabularies. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importExports, type ImportOptions } from '../../src/importer/import-exports';

export const bundledContent = path.resolve(__dirname, '../../content');
export const fixedToday = '2026-11-25';

/** A temporary content directory with the bundled vocabularies (and the bundled FAQs when asked). */
export function tempContent(withFaqs = false): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-import-')), 'content');
  cpSync(path.join(bundledContent, 'vocabulary'), path.join(dir, 'vocabulary'), { recursive: true });
  if (withFaqs) cpSync(path.join(bundledContent, 'faq'), path.join(dir, 'faq'), { recursive: true });
  return dir;
}

export function runImport(inputs: string[], contentDir: string, options: Partial<ImportOptions> = {}) {
  return importExports({
    inputs,
    contentDir,
    today: fixedToday,
    fallbackSlots: readFileSync(path.join(bundledContent, 'vocabulary/slots.yaml'), 'utf8'),
    ...options,
  });
}
