/**
 * The editor's field configuration (Decap CMS collections), generated from the zod schema through
 * its JSON Schema (src/model/json-schema.ts): names, kinds, required, choices and the Korean
 * descriptions all come from there; nothing here restates a field. What the schema cannot say is
 * how a field is best edited, and that is the short list of overrides below (category as one
 * choice from the vocabulary, links to scripts as a search over scripts, source kept as is,
 * `updated` filled in by the save, the
 * script blocks as typed items, branches unrolled to a fixed depth because a form cannot recurse).
 */
import { vocabularyFiles } from '../../collections/vocabulary';
import { jsonSchemas } from '../../model/json-schema';
import type { Vocabulary } from '../../model/faq';
import { categoryKey, flattenCategories } from '../../model/vocabulary';

/** Branch levels the form offers (the seed uses two; the issue asks for at least three). */
export const branchDepth = 5;

type Json = Record<string, any>;
type VocabularyFile = keyof typeof vocabularyFiles;
export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** The label is the description's head (`단계 종류: empathy …` → `단계 종류`); the whole text is the hint. */
function labelled(name: string, schema: Json) {
  const description: string | undefined = schema.description;
  const head = description?.replace(/\s*\([^()]*\)$/, '').split(':')[0]!.split(',')[0]!.trim();
  const label = head || name;
  return { label, ...(description && description !== label ? { hint: description } : {}) };
}

interface Context {
  root: Json;
  vocabulary: Vocabulary;
  /** Branch levels still allowed below this point. */
  depth: number;
}

const resolve = (schema: Json, context: Context): Json => {
  if (!schema.$ref) return schema;
  const name = String(schema.$ref).replace('#/definitions/', '');
  return context.root.definitions[name];
};

const scriptRelation = (name: string, extra: Json = {}) => ({
  widget: 'relation',
  collection: 'faq',
  value_field: 'id',
  search_fields: ['title', 'id'],
  display_fields: ['title'],
  ...extra,
  name,
});

function slotHint(vocabulary: Vocabulary) {
  return `자리표시: ${vocabulary.slots.map((slot) => `{{${slot.name}}} ${slot.label}`).join(', ')}`;
}

/** The typed items of a script list: `line` for the plain string, then one type per block key. */
function blockTypes(items: Json, context: Context): DecapField[] {
  return (items.anyOf as Json[]).map((alternative) => {
    if (alternative.type === 'string') {
      const { label, hint } = labelled('line', alternative);
      return { name: 'line', label, widget: 'object', summary: '{{fields.text}}', fields: [{ name: 'text', label, widget: 'text', hint: `${hint ?? label} — ${slotHint(context.vocabulary)}` }] };
    }
    const key = Object.keys(alternative.properties)[0]!;
    const value = resolve(alternative.properties[key], context);
    const { label } = labelled(key, value);
    if (key === 'faq') return { name: key, label, widget: 'object', summary: '→ {{fields.faq}}', fields: [scriptRelation('faq', labelled(key, value))] };
    const fields = value.type === 'object' ? objectFields(value, context) : [field(key, value, true, context)];
    return { name: key, label, widget: 'object', summary: `${label}: {{fields.${fields[0]!.name}}}`, fields };
  });
}

/** A list of the schema's own recursive type (branches, child categories). */
const recursive = (schema: Json) => schema.type === 'array' && Boolean(schema.items?.$ref);

function objectFields(schema: Json, context: Context): DecapField[] {
  const required = new Set<string>(schema.required ?? []);
  return Object.entries(schema.properties as Json)
    .filter(([, property]) => !(recursive(property as Json) && context.depth <= 0))
    .map(([name, property]) => field(name, property as Json, required.has(name), context));
}

function field(name: string, raw: Json, required: boolean, context: Context): DecapField {
  const schema = resolve(raw, context);
  const base = { name, ...labelled(name, { ...schema, description: raw.description ?? schema.description }), required };
  if (name === 'source') return { ...base, widget: 'hidden' };
  // Filled in by the save (src/editor/review/sentence-diff.ts stampChange), so the form need not ask.
  if (name === 'updated') return { ...base, widget: 'string', required: false, hint: `${base.hint} — 저장할 때 오늘 날짜로 채워집니다` };
  if (name === 'category') {
    const options = flattenCategories(context.vocabulary.categories).map((entry) => categoryKey(entry.names));
    return { ...base, widget: 'select', options };
  }
  if (name === 'related') return { ...base, ...scriptRelation(name, { multiple: true }) };
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum };
  if (schema.type === 'array') {
    const items = resolve(schema.items, context);
    const list = { ...base, widget: 'list', ...(schema.minItems ? { min: schema.minItems } : {}) };
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum, ...(schema.minItems ? { min: schema.minItems } : {}) };
    if (items.anyOf) return { ...list, collapsed: false, add_to_top: false, typeKey: 'type', types: blockTypes(items, context) };
    if (items.type === 'object') {
      const inner = recursive(schema) ? { ...context, depth: context.depth - 1 } : context;
      const fields = objectFields(items, inner);
      return { ...list, collapsed: false, summary: `{{fields.${fields[0]!.name}}}`, fields };
    }
    return { ...list, field: { name: 'item', label: base.label, widget: 'string' } };
  }
  if (schema.type === 'object') return { ...base, widget: 'object', fields: objectFields(schema, context) };
  const pattern = schema.pattern ? { pattern: [schema.pattern, `형식이 맞지 않습니다: ${base.hint ?? base.label}`] } : {};
  return { ...base, widget: 'string', ...pattern };
}

/** The FAQ collection: content/faq/*.mdx in the custom `kb-faq` format (src/editor/entry/faq-format.ts). */
export function faqCollection(vocabulary: Vocabulary, folder: string) {
  const root = jsonSchemas(vocabulary).faq as Json;
  const context: Context = { root, vocabulary, depth: branchDepth };
  return {
    name: 'faq',
    label: '상담 스크립트',
    label_singular: '상담 스크립트',
    description: '스크립트 하나가 content/faq/ 아래 파일 하나입니다. 저장하면 kb check와 같은 검사를 통과한 경우에만 파일이 바뀝니다.',
    folder,
    extension: 'mdx',
    format: 'kb-faq',
    create: true,
    delete: false,
    identifier_field: 'title',
    slug: '{{fields.id}}',
    summary: '{{title}}',
    sortable_fields: ['title', 'updated'],
    fields: [...objectFields(root, context), { name: 'body', label: '본문 메모 (MDX, 선택)', widget: 'text', required: false, hint: '스크립트 아래에 보이는 메모. 표·목록·**강조**를 쓸 수 있고, 중괄호 { } 와 < > 는 글자로 쓰려면 \\{ \\} \\< 처럼 앞에 \\를 붙이세요.' }],
  };
}

/** Labels of the vocabulary files (the JSON Schema names them in English for other tools). */
const vocabularyLabels: Partial<Record<VocabularyFile, string>> = { categories: '상담유형', sites: '현장', slots: '자리표시', glossary: '용어집' };

/**
 * The vocabularies and the glossary: one file each, a YAML list, in the `kb-yaml-list` format
 * (src/editor/entry/yaml-list-format.ts) whose entry is `{ header, items }`.
 */
export function vocabularyCollection(vocabulary: Vocabulary, prefix: string) {
  const schemas = jsonSchemas(vocabulary);
  return {
    name: 'vocabulary',
    label: '어휘·용어집',
    description: '상담유형·현장·자리표시와 용어집. 새 상담유형이나 현장을 더한 뒤에는 편집기를 다시 시작해야 스크립트에서 고를 수 있습니다.',
    format: 'kb-yaml-list',
    extension: 'yaml',
    delete: false,
    editor: { preview: false },
    files: (Object.keys(vocabularyLabels) as (keyof typeof schemas & VocabularyFile)[]).map((name) => {
      const root = schemas[name] as Json;
      const context: Context = { root, vocabulary, depth: branchDepth };
      const label = vocabularyLabels[name];
      return {
        name,
        label,
        file: `${prefix}${vocabularyFiles[name]}`,
        fields: [
          { name: 'header', label: '머리말', widget: 'hidden', required: false },
          { ...field('items', { ...root, description: label }, true, context), label, collapsed: true },
        ],
      };
    }),
  };
}

/** The collections of the editor for a content directory (`folder` prefix: '' locally, 'content/' in the repository). */
export function decapCollections(vocabulary: Vocabulary, prefix = '') {
  return [faqCollection(vocabulary, `${prefix}faq`), vocabularyCollection(vocabulary, prefix)];
}
