/**
 * The editor's preview pane: the check result (kb check's messages), the review (sentences added,
 * changed, removed and the `changes` line the save will add), the script as agents read it (steps,
 * blocks, branches at every depth, slots shown by their placeholder) and a link to the page on the
 * local site. Decap renders it with its React (`h`, `createClass`).
 */
import type { EntryBlock, EntryBranch, EntryFaq } from '../entry/entry-shape';
import { entryToFaq } from '../entry/entry-shape';
import { faqFileText } from '../entry/faq-format';
import { changeSummary, isEmptyDiff, sentenceDiff } from '../review/sentence-diff';
import { parseLine } from '../../model/slot-line';
import { stepKindLabels, type StepKind } from '../../model/step';
import { fullProblems } from './checks';
import { originalOf } from './originals';
import type { EditorSettings } from './settings';

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export function previewTemplate(h: H, createClass: (spec: Record<string, unknown>) => unknown, settings: EditorSettings) {
  const placeholders = new Map(settings.vocabulary.slots.map((slot) => [slot.name, slot.placeholder]));
  const withSlots = (text: string) =>
    parseLine(text).map((part, index) => ('slot' in part ? h('mark', { key: index, title: `{{${part.slot}}}` }, placeholders.get(part.slot) ?? `{{${part.slot}}}`) : part.text));

  const block = (item: EntryBlock, key: number) => {
    switch (item?.type) {
      case 'line':
        return h('p', { key, className: 'line' }, withSlots(item.text ?? ''));
      case 'example':
        return h('p', { key, className: 'example' }, '(예시) ', withSlots(item.example ?? ''));
      case 'note':
        return h('p', { key, className: 'note' }, '메모: ', item.note ?? '');
      case 'route':
        return h('p', { key, className: 'route' }, `[${item.title ?? ''}] ▶ ${(item.segments ?? []).join(' - ')}`);
      case 'link':
        return h('p', { key, className: 'link' }, h('a', { href: item.url, target: '_blank', rel: 'noreferrer' }, item.label ?? ''));
      case 'faq':
        return h('p', { key, className: 'faq' }, `→ 스크립트 ${item.faq ?? ''}`);
      default:
        return null;
    }
  };
  const branches = (list: EntryBranch[] | undefined): unknown =>
    list?.length
      ? h('ul', { className: 'branches' }, list.map((branch, index) =>
          h('li', { key: index }, h('strong', null, `> ${branch.label ?? ''}`), branch.hint ? ` : ${branch.hint}` : '', (branch.script ?? []).map(block), branches(branch.branches))))
      : null;

  const list = (title: string, items: unknown[]) => (items.length ? h('div', null, h('h3', null, title), h('ul', null, items)) : null);

  return createClass({
    getInitialState: () => ({ problems: undefined as string[] | undefined, checked: '' }),
    componentDidMount() {
      (this as any).check();
    },
    componentDidUpdate() {
      (this as any).check();
    },
    check() {
      const self = this as any;
      const entry = self.props.entry;
      const data = entry.get('data').toJS() as EntryFaq;
      const text = faqFileText(entryToFaq(data).faq, entryToFaq(data).body);
      if (text === self.state.checked || text === self.pending) return;
      self.pending = text;
      clearTimeout(self.timer);
      self.timer = setTimeout(async () => {
        const path = entry.get('path') || `faq/${data.id}.mdx`;
        const problems = await fullProblems(settings, path, text).catch((error: Error) => [`검사하지 못했습니다: ${error.message}`]);
        // A slower answer for an older text must not overwrite the newest one.
        if (self.pending === text) self.setState({ problems, checked: text });
      }, 300);
    },
    render() {
      const self = this as any;
      const data = self.props.entry.get('data').toJS() as EntryFaq;
      const { faq } = entryToFaq(data);
      const original = originalOf(data.id);
      const diff = sentenceDiff(original, faq);
      const problems: string[] | undefined = self.state.problems;
      return h('article', { className: 'kb-preview' },
        h('section', { className: problems?.length ? 'check bad' : 'check', 'data-check': problems === undefined ? 'pending' : problems.length ? 'problems' : 'ok' },
          problems === undefined ? '검사 중…' : problems.length ? [h('h3', { key: 'h' }, `저장할 수 없습니다: kb check 문제 ${problems.length}개`), h('ul', { key: 'u' }, problems.map((line, index) => h('li', { key: index }, line)))] : '✓ kb check 통과: 저장할 수 있습니다'),
        h('section', { className: 'review', 'data-review': '' },
          h('h2', null, '바뀐 문장'),
          isEmptyDiff(diff) ? h('p', null, '바뀐 문장이 없습니다.') : null,
          list('바뀜', diff.changed.map((pair, index) => h('li', { key: index }, h('del', null, pair.before), ' → ', h('ins', null, pair.after)))),
          list('추가', diff.added.map((text, index) => h('li', { key: index }, h('ins', null, text)))),
          list('삭제', diff.removed.map((text, index) => h('li', { key: index }, h('del', null, text)))),
          isEmptyDiff(diff) ? null : h('p', null, `저장하면: updated ${settings.today}, changes에 "${changeSummary(diff)}" 추가 (직접 쓴 오늘 줄이 있으면 그대로)`)),
        settings.siteUrl && data.id ? h('p', null, h('a', { href: `${settings.siteUrl}/faq/${data.id}/`, target: '_blank', rel: 'noreferrer' }, '사이트에서 보기 ↗ (저장 후 새로 고침)')) : null,
        h('h1', null, data.title ?? ''),
        (data.steps ?? []).map((step, index) =>
          h('section', { key: index, className: 'step' },
            h('h2', null, `${index + 1}. ${step.title ?? ''}`, h('small', null, ` ${stepKindLabels[step.kind as StepKind] ?? ''}`)),
            (step.script ?? []).map(block),
            branches(step.branches))));
    },
  });
}

export const previewStyle = `
body { font-family: 'Noto Sans KR', system-ui, sans-serif; line-height: 1.6; padding: 1rem; color: #1b1b1b; }
.check { padding: .5rem .75rem; border-radius: 6px; background: #e8f5e9; }
.check.bad { background: #fdecea; }
.review { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .75rem; margin: 1rem 0; }
ins { background: #e6ffec; text-decoration: none; } del { background: #ffebe9; }
.example { color: #555; } .note { color: #7a5a00; font-size: .9em; }
.branches { border-left: 3px solid #ddd; padding-left: 1rem; list-style: none; }
mark { background: #fff3bf; }
`;
