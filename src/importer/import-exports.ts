/**
 * `kb import`: exports → FAQ files in a content directory. Parses each export, maps it to FAQs,
 * validates them with the build's own schema, writes them (never over an editor's change unless
 * forced), then reads them back and checks that no sentence of the export was lost.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { parseDocument } from 'yaml';
import { displayPath } from '../collections/content-dir';
import { formatProblem, type ContentProblem } from '../collections/content-error';
import { faqPattern } from '../collections/faq-loader';
import { splitMdx } from '../collections/mdx-file';
import { normaliseText } from '../model/normalise-text';
import { validateFaqText } from '../collections/validate-faq';
import { createFaqSchema, type Faq } from '../model/faq';
import { slotNamesIn } from '../model/slot';
import { blockTexts } from '../model/script';
import { scriptBlocks, scriptBranches } from '../model/walk';
import { findLostSentences } from './lost-sentences';
import { parseExport, type ParsedQuestion } from './parse-export';
import { fieldOrder } from './faq-fields';
import { isUntouched, notesBody, renderFaqFile, storedHash } from './render-faq';
import { uniqueSlug } from './slug';
import { VocabularyEditor } from './vocabulary-update';

export interface ImportOptions {
  /** Export files or folders (searched for *.txt and *.md). */
  inputs: string[];
  /** The content directory (holds faq/ and vocabulary/). */
  contentDir: string;
  dryRun?: boolean;
  force?: boolean;
  /** YYYY-MM-DD for `updated` of new and changed scripts. */
  today: string;
  /** Slot registry text used when the content directory has none yet. */
  fallbackSlots: string;
  onProgress?: (line: string) => void;
}

export type FaqOutcome = 'created' | 'updated' | 'unchanged' | 'kept-editor-changes';

export interface FaqResult {
  id: string;
  file: string;
  outcome: FaqOutcome;
  /** Why an existing file was left alone. */
  reason?: string;
}

export interface ImportReport {
  files: number;
  failedFiles: number;
  faqs: FaqResult[];
  branches: number;
  slots: number;
  warnings: ContentProblem[];
  errors: ContentProblem[];
  newCategories: string[];
  newSites: string[];
  vocabularyWritten: string[];
}

const exportExtensions = ['txt', 'md', 'markdown'];

/** The export files named by the arguments, in a stable order. */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(input);
    if (!existsSync(full)) missing.push(displayPath(full));
    else if (statSync(full).isDirectory()) files.push(...(await glob(`**/*.{${exportExtensions.join(',')}}`, { cwd: full, absolute: true })).sort());
    else files.push(full);
  }
  return { files: [...new Set(files)], missing };
}

interface ExistingFaq {
  file: string;
  text: string;
  id?: string;
  data: Record<string, unknown>;
}

/** Existing FAQ files by source anchor, and every id in use (read leniently: they may be invalid). */
async function indexExisting(faqDir: string) {
  const byAnchor = new Map<string, ExistingFaq>();
  const ids = new Set<string>();
  const files = existsSync(faqDir) ? (await glob(faqPattern, { cwd: faqDir, absolute: true })).sort() : [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const parts = splitMdx(normaliseText(text));
    const data = (parts && (parseDocument(parts.frontmatter).toJS() as Record<string, unknown> | null)) || {};
    const id = typeof data.id === 'string' ? data.id : undefined;
    if (id) ids.add(id);
    const anchor = (data.source as { anchor?: unknown } | undefined)?.anchor;
    if (typeof anchor === 'string') byAnchor.set(anchor, { file, text, id, data });
  }
  return { byAnchor, ids };
}

const countBranches = (faq: Faq) => [...scriptBranches(faq.steps)].length;
const countSlots = (faq: Faq) => [...scriptBlocks(faq.steps)].flatMap(({ block }) => blockTexts(block).flatMap(slotNamesIn)).length;

/** Change-log lines the importer writes when an export changes. */
export const importedSummary = '도움말 센터 내보내기에서 가져옴';
export const reimportedSummary = '도움말 센터 내보내기의 변경 내용을 다시 가져옴';

/** Fields the import writes from the export; every other field of the schema is the editors' and a re-import keeps it. */
const importedFields = new Set(['id', 'title', 'category', 'sites', 'source', 'updated', 'steps']);
const editorFields = fieldOrder().filter((field) => !importedFields.has(field));

export async function importExports(options: ImportOptions): Promise<ImportReport> {
  const { contentDir, today, dryRun = false, force = false } = options;
  const progress = options.onProgress ?? (() => {});
  const faqDir = path.join(contentDir, 'faq');
  const report: ImportReport = { files: 0, failedFiles: 0, faqs: [], branches: 0, slots: 0, warnings: [], errors: [], newCategories: [], newSites: [], vocabularyWritten: [] };
  const { files, missing } = await expandInputs(options.inputs);
  for (const input of missing) report.errors.push({ file: input, message: 'no such file or folder' });
  if (missing.length) report.failedFiles += missing.length;

  const vocabulary = new VocabularyEditor(contentDir, options.fallbackSlots);
  const existing = await indexExisting(faqDir);
  const claimed = new Set<string>();

  for (const [index, file] of files.entries()) {
    const shown = displayPath(file);
    report.files++;
    const source = readFileSync(file, 'utf8');
    const parsed = parseExport(source, vocabulary.slotsForParsing());
    report.warnings.push(...parsed.warnings.map((warning) => ({ file: shown, ...warning })));
    if (parsed.errors.length) {
      report.errors.push(...parsed.errors.map((error) => ({ file: shown, ...error })));
      report.failedFiles++;
      progress(`[${index + 1}/${files.length}] ${shown} — cannot import: ${parsed.errors.length} error(s)`);
      continue;
    }

    for (const question of parsed.questions) {
      vocabulary.addCategory(question.category);
      question.sites.forEach((site) => vocabulary.addSite(site));
    }
    const schema = createFaqSchema(vocabulary.vocabulary());

    const planned: { question: ParsedQuestion; faq: Faq; body: string; text: string; target: string; previous?: ExistingFaq }[] = [];
    const fileErrors: ContentProblem[] = [];
    for (const question of parsed.questions) {
      let anchor = question.anchor;
      if (!anchor) {
        anchor = `${uniqueSlug(parsed.document ?? path.basename(file), new Set())}-q${question.number}`;
        report.warnings.push({ file: shown, line: question.line, message: `Q${question.number} has no anchor; using "${anchor}" to recognise it on re-import` });
      }
      const previous = existing.byAnchor.get(anchor);
      const id = previous?.id && !claimed.has(previous.id) ? previous.id : uniqueSlug(question.title, new Set([...existing.ids, ...claimed]), 'faq');
      claimed.add(id);
      existing.ids.add(id);
      const target = previous?.file ?? path.join(faqDir, `${id}.mdx`);
      const kept: Record<string, unknown> = Object.fromEntries(editorFields.flatMap((field) => (previous?.data[field] !== undefined ? [[field, previous.data[field]]] : [])));
      const draft = (updated: string): Faq => ({
        id,
        title: question.title,
        category: question.category,
        sites: question.sites,
        source: { ...(parsed.document ? { document: parsed.document } : {}), anchor, question: `Q${question.number}` },
        updated,
        ...kept,
        steps: question.steps,
      }) as Faq;
      const body = notesBody(question.notes.map((note) => note.text));
      // Same content as before → keep its date, so re-importing an unchanged export changes nothing.
      const previousDate = typeof previous?.data.updated === 'string' ? previous.data.updated : undefined;
      let faq = draft(previousDate ?? today);
      let text = renderFaqFile(faq, body);
      if (previous && previousDate && text !== previous.text && previousDate !== today) {
        // The export changed: log it, so the site shows 변경 (and the first import, so it is not NEW).
        const log = (Array.isArray(kept.changes) ? kept.changes : [{ date: previousDate, summary: importedSummary }]) as NonNullable<Faq['changes']>;
        kept.changes = log[0]?.date === today && log[0].summary === reimportedSummary ? log : [{ date: today, summary: reimportedSummary }, ...log];
        faq = draft(today);
        text = renderFaqFile(faq, body);
      }
      const checked = validateFaqText(displayPath(target), text, schema);
      if (!checked.ok) {
        fileErrors.push(...checked.problems.map((problem) => ({ ...problem, file: shown, line: question.line, message: `Q${question.number} → ${problem.field ?? ''}: ${problem.message}` })));
        continue;
      }
      planned.push({ question, faq: checked.data, body, text, target, previous });
    }
    if (fileErrors.length) {
      report.errors.push(...fileErrors);
      report.failedFiles++;
      progress(`[${index + 1}/${files.length}] ${shown} — cannot import: ${fileErrors.length} error(s)`);
      continue;
    }

    const counts: Record<FaqOutcome, number> = { created: 0, updated: 0, unchanged: 0, 'kept-editor-changes': 0 };
    const writtenPages: { faq: Faq; body: string }[] = [];
    for (const { faq, body, text, target, previous } of planned) {
      let outcome: FaqOutcome;
      let reason: string | undefined;
      if (!previous) outcome = 'created';
      else if (previous.text === text) outcome = 'unchanged';
      else if (!force && !isUntouched(previous.text)) {
        outcome = 'kept-editor-changes';
        reason = storedHash(previous.text)
          ? 'changed by an editor since the import (its content no longer matches source.hash); use --force to overwrite'
          : 'not written by kb import (no source.hash); use --force to overwrite';
      } else outcome = 'updated';
      if (!dryRun && (outcome === 'created' || outcome === 'updated')) {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
      counts[outcome]++;
      report.faqs.push({ id: faq.id, file: displayPath(target), outcome, reason });
      report.branches += countBranches(faq);
      report.slots += countSlots(faq);
      // Nothing is lost: check what is on disk now (or what would be written in a dry run).
      const onDisk = !dryRun && outcome !== 'kept-editor-changes' ? readFileSync(target, 'utf8') : text;
      const back = validateFaqText(displayPath(target), onDisk, schema);
      writtenPages.push(back.ok ? { faq: back.data, body: back.body } : { faq, body });
    }
    const lost = findLostSentences(source, writtenPages, vocabulary.vocabulary().slots);
    for (const sentence of lost) report.errors.push({ file: shown, line: sentence.line, message: `sentence missing from the written pages: "${sentence.text}"` });
    if (lost.length) report.failedFiles++;
    const summary = Object.entries(counts).filter(([, n]) => n > 0).map(([outcome, n]) => `${n} ${outcome}`).join(', ');
    progress(`[${index + 1}/${files.length}] ${shown} — ${planned.length} FAQ(s): ${summary}${lost.length ? `; ${lost.length} sentence(s) lost` : ''}`);
  }

  report.newCategories = vocabulary.added.categories;
  report.newSites = vocabulary.added.sites;
  if (!dryRun) report.vocabularyWritten = vocabulary.save().map((file) => displayPath(file));
  return report;
}

/** The end-of-run summary, as the CLI prints it. */
export function formatImportReport(report: ImportReport, dryRun = false): string {
  const by = (outcome: FaqOutcome) => report.faqs.filter((faq) => faq.outcome === outcome);
  const lines: string[] = [];
  for (const warning of report.warnings) lines.push(`warning: ${formatProblem(warning)}`);
  for (const error of report.errors) lines.push(`error: ${formatProblem(error)}`);
  for (const faq of by('kept-editor-changes')) lines.push(`not overwritten: ${faq.file} — ${faq.reason}`);
  if (report.newCategories.length) lines.push(`new categories${dryRun ? ' (dry run: not written)' : ''}: ${report.newCategories.join(', ')}`);
  if (report.newSites.length) lines.push(`new sites${dryRun ? ' (dry run: not written)' : ''}: ${report.newSites.join(', ')}`);
  lines.push(
    `${dryRun ? 'dry run — nothing written. ' : ''}files: ${report.files} (${report.failedFiles} failed) · FAQs: ${report.faqs.length} ` +
      `(${by('created').length} created, ${by('updated').length} updated, ${by('unchanged').length} unchanged, ${by('kept-editor-changes').length} kept editor changes) · ` +
      `branches: ${report.branches} · slots: ${report.slots} · warnings: ${report.warnings.length} · errors: ${report.errors.length}`,
  );
  return lines.join('\n');
}
