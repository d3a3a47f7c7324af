/** The editor's field configuration is generated from the zod schema and committed; it fails here when stale. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/cli/command';
import { loadVocabulary } from '../../../src/collections/vocabulary';
import { branchDepth, decapCollections } from '../../../src/editor/fields/decap-fields';
import { editorFiles, editorGeneratedDir } from '../../../src/editor/production/editor-files';
import { jsonSchemas } from '../../../src/model/json-schema';

type Json = Record<string, any>;
const vocabulary = loadVocabulary(bundledContent);
const [faq, vocabularies] = decapCollections(vocabulary) as unknown as [Json, Json];
const fieldNamed = (fields: Json[], name: string) => fields.find((field) => field.name === name)!;

describe('편집기 필드 설정 (zod 스키마에서 생성)', () => {
  it('저장소의 src/editor/generated/editor.json은 지금 만든 것과 같다 (npx kb schema로 갱신)', () => {
    for (const [name, text] of editorFiles(bundledContent)) expect(readFileSync(path.join(editorGeneratedDir, name), 'utf8'), `${name} is stale: run npx kb schema`).toBe(text);
  });

  it('스키마의 모든 필드에 한국어 설명이 있다 (JSON Schema와 편집기가 같은 글을 보여 준다)', () => {
    const missing: string[] = [];
    const walk = (schema: Json, where: string) => {
      if (!schema || typeof schema !== 'object') return;
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
        if (!/[가-힣]/.test(property.description ?? '')) missing.push(`${where}.${name}`);
        walk(property, `${where}.${name}`);
      }
      for (const key of ['items', 'anyOf', 'definitions']) {
        const inner = schema[key];
        if (Array.isArray(inner)) inner.forEach((item, index) => walk(item, `${where}.${key}[${index}]`));
        else if (inner && key === 'definitions') for (const [name, item] of Object.entries(inner as Json)) walk(item as Json, `${where}.${name}`);
        else if (inner) walk(inner, `${where}[]`);
      }
    };
    for (const [name, schema] of Object.entries(jsonSchemas(vocabulary))) walk(schema as Json, name);
    expect(missing).toEqual([]);
  });

  it('필드 이름·필수 여부·설명이 스키마에서 온다', () => {
    const schema = jsonSchemas(vocabulary).faq as Json;
    const names = faq.fields.map((field: Json) => field.name);
    expect(names).toEqual([...Object.keys(schema.properties), 'body']);
    for (const field of faq.fields.filter((field: Json) => field.name !== 'body')) {
      // `updated` is filled in by the save, so the form does not require it.
      expect(field.required, field.name).toBe(field.name !== 'updated' && schema.required.includes(field.name));
      if (field.widget !== 'hidden') expect(field.hint ?? field.label, field.name).toContain(schema.properties[field.name].description);
    }
  });

  it('상담유형·현장은 어휘에서 고르고, 자리표시 이름을 안내한다', () => {
    expect(fieldNamed(faq.fields, 'category').options).toContain('발레 ▶ 이용불편/신고 ▶ 미이용결제/ 입차알림');
    expect(fieldNamed(faq.fields, 'sites').options).toEqual(vocabulary.sites.map((site) => site.name));
    const line = fieldNamed(faq.fields, 'steps').fields.find((field: Json) => field.name === 'script').types.find((type: Json) => type.name === 'line');
    for (const slot of vocabulary.slots) expect(line.fields[0].hint).toContain(`{{${slot.name}}}`);
  });

  it('블록의 모든 종류와 세 단계 넘게 중첩된 분기를 편집할 수 있다', () => {
    const steps = fieldNamed(faq.fields, 'steps');
    expect(fieldNamed(steps.fields, 'script').types.map((type: Json) => type.name)).toEqual(['line', 'example', 'route', 'link', 'note', 'faq']);
    let depth = 0;
    for (let list = fieldNamed(steps.fields, 'branches'); list; list = list.fields.find((field: Json) => field.name === 'branches')) depth += 1;
    expect(depth).toBe(branchDepth);
    expect(branchDepth).toBeGreaterThanOrEqual(3);
  });

  it('어휘 세 파일과 용어집도 편집기에서 고친다', () => {
    expect(vocabularies.files.map((file: Json) => file.file)).toEqual(['vocabulary/categories.yaml', 'vocabulary/sites.yaml', 'vocabulary/slots.yaml', 'glossary.yaml']);
  });
});
