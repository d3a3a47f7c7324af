/**
 * The editor page's script, run after Decap CMS's bundle: registers our file format, the checks
 * before saving, the `updated`/`changes` stamp and the preview, then starts the CMS with the
 * configuration generated from the schema (editor.json).
 */
import { fromJS } from 'immutable';
import { entryToFaq, faqToEntry, type EntryFaq } from '../entry/entry-shape';
import { faqFileText, faqFromFile, faqToFile } from '../entry/faq-format';
import { yamlListFromFile, yamlListToFile } from '../entry/yaml-list-format';
import { stampChange } from '../review/sentence-diff';
import { refusalMessage as refusal } from '../review/refusal';
import { fullProblems } from './checks';
import { originalOf, rememberOriginal, replaceOriginal } from './originals';
import { previewStyle, previewTemplate } from './preview';
import { settingsFile, type EditorSettings } from './settings';

declare global {
  interface Window {
    CMS: any;
    h: any;
    createClass: any;
  }
}

async function start() {
  const settings = (await (await fetch(settingsFile)).json()) as EditorSettings;
  const { CMS } = window;
  settings.today ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

  CMS.registerCustomFormat('kb-faq', 'mdx', {
    fromFile: (text: string) => {
      const entry = faqFromFile(text);
      rememberOriginal(entry);
      return entry;
    },
    toFile: (entry: EntryFaq) => faqToFile(entry),
  });

  CMS.registerCustomFormat('kb-yaml-list', 'yaml', { fromFile: yamlListFromFile, toFile: yamlListToFile });

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: any }) => {
      if (entry.get('collection') !== 'faq') {
        const problems = await fullProblems(settings, entry.get('path'), yamlListToFile(entry.get('data').toJS()));
        if (problems.length) throw new Error(refusal(problems));
        return entry.get('data');
      }
      const data = entry.get('data').toJS() as EntryFaq;
      const { faq, body } = entryToFaq(data);
      const stamped = stampChange(originalOf(faq.id), faq, settings.today!);
      const text = faqFileText(stamped, body);
      const problems = await fullProblems(settings, entry.get('path') || `faq/${faq.id}.mdx`, text);
      if (problems.length) {
        throw new Error(refusal(problems));
      }
      replaceOriginal(stamped);
      const stampedEntry = faqToEntry(stamped, body);
      return entry.get('data').set('updated', stampedEntry.updated).set('changes', fromJS(stampedEntry.changes));
    },
  });

  CMS.registerPreviewStyle(previewStyle, { raw: true });
  CMS.registerPreviewTemplate('faq', previewTemplate(window.h, window.createClass, settings));
  CMS.init({ config: settings.decap });
}

start().catch((error) => {
  document.body.textContent = `편집기를 시작하지 못했습니다: ${error instanceof Error ? error.message : String(error)}`;
});
