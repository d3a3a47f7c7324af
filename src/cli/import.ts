/** `kb import`: help-center exports → FAQ files, with progress and a summary; exit 1 when anything failed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vocabularyFiles } from '../collections/vocabulary';
import { settings } from '../config/settings';
import { formatImportReport, importExports } from '../importer/import-exports';
import { bundledContent, chosenContentDir, parseCommandArgs, userPath, type Io } from './command';

export async function runImport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } }, true);
  if (!positionals.length) throw new Error('argument missing: name the export files or folders to import');
  const dryRun = values['dry-run'] ?? false;
  const report = await importExports({
    inputs: positionals.map(userPath),
    contentDir: chosenContentDir(values.out),
    dryRun,
    force: values.force ?? false,
    today: settings().freshness.today,
    fallbackSlots: readFileSync(path.join(bundledContent, vocabularyFiles.slots), 'utf8'),
    onProgress: (line) => io.err(line),
  });
  io.out(formatImportReport(report, dryRun));
  return report.errors.length ? 1 : 0;
}
