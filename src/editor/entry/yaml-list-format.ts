/**
 * The editor's file format for the vocabularies and the glossary (`kb-yaml-list`): a YAML list
 * under a header comment. The form holds `{ header, items }` (a form's root cannot be a list);
 * writing keeps the header and the project's layout (block lists indented under their key, short
 * word lists such as synonyms in [flow], no folding), so an unchanged file stays byte-identical.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, isSeq, visit } from 'yaml';
import { normaliseText } from '../../model/normalise-text';

export interface YamlListEntry {
  header: string;
  items: Record<string, unknown>[];
}

/** Keys whose lists of words the files write on one line. */
const flowKeys = new Set(['synonyms', 'related']);

export function yamlListFromFile(text: string): YamlListEntry {
  const normal = normaliseText(text);
  const header = /^(?:#[^\n]*\n)*/.exec(normal)![0];
  const items = load(normal.slice(header.length), { schema: CORE_SCHEMA });
  return { header, items: Array.isArray(items) ? items : [] };
}

/** Empty optional values the form leaves behind ('' or []) are not written, as in the hand-written files. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined && inner !== null && inner !== '' && !(Array.isArray(inner) && inner.length === 0))
        .map(([key, inner]) => [key, withoutEmpty(inner)]),
    );
  }
  return value;
}

export function yamlListToFile(entry: YamlListEntry): string {
  const document = new Document(withoutEmpty(entry.items ?? []));
  visit(document, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (flowKeys.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return `${entry.header ?? ''}${document.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true })}`.normalize('NFC');
}
