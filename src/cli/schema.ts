/** `kb schema`: writes the editors' JSON Schemas (derived from the zod schema), or checks they are current. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../collections/content-dir';
import { loadVocabulary } from '../collections/vocabulary';
import { editorFiles, editorGeneratedDir } from '../editor/production/editor-files';
import { jsonSchemas } from '../model/json-schema';
import { bundledContent, chosenContentDir, parseCommandArgs, userPath, type Io } from './command';

/** The committed schemas the editors' settings (`.vscode/settings.json`) point at. */
export const schemaDir = path.resolve(bundledContent, '../schemas');

/** File name → JSON text, from a content directory's vocabulary (so its sites complete). */
export function schemaFiles(contentDir = bundledContent): Map<string, string> {
  const schemas = jsonSchemas(loadVocabulary(contentDir));
  return new Map(Object.entries(schemas).map(([name, schema]) => [`${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`]));
}

export async function runSchema(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, { content: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } });
  const dir = values.out ? userPath(values.out) : schemaDir;
  const stale: string[] = [];
  const contentDir = chosenContentDir(values.content);
  // The JSON Schemas, and the production editor's field configuration generated from the same schema.
  const outputs = [
    ...[...schemaFiles(contentDir)].map(([name, text]) => [path.join(dir, name), text]),
    ...[...editorFiles(contentDir)].map(([name, text]) => [path.join(values.out ? dir : editorGeneratedDir, name), text]),
  ] as [string, string][];
  for (const [file, text] of outputs) {
    if (values.check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(displayPath(file));
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    io.out(`wrote ${displayPath(file)}`);
  }
  if (stale.length) {
    io.err(`out of date (run npm run kb -- schema): ${stale.join(', ')}`);
    return 1;
  }
  if (values.check) io.out('JSON Schemas are current');
  return 0;
}
