/** `kb schema`: writes the editors' JSON Schemas (derived from the zod schema), or checks they are current. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../collections/content-dir';
import { loadVocabulary } from '../collections/vocabulary';
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
  for (const [name, text] of schemaFiles(chosenContentDir(values.content))) {
    const file = path.join(dir, name);
    if (values.check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(displayPath(file));
      continue;
    }
    mkdirSync(dir, { recursive: true });
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
