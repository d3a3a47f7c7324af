/** Copying text for the agent, with visible feedback on the button and an announcement for screen readers. */
import * as dom from './contract/dom-names';

/** Writes text to the clipboard; falls back to a hidden textarea where the async API is unavailable (plain http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Says a message in the page's live region (ScriptTools' #kb-announce); clearing first makes a repeat heard again. */
export function announce(message: string) {
  const region = document.getElementById(dom.announceId);
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

const timers = new WeakMap<HTMLElement, number>();
const names = new WeakMap<HTMLElement, string | null>();

/** Shows `복사됨` on the button for a moment, then its own label again. */
export function flash(button: HTMLElement, label: string, done = '복사됨') {
  clearTimeout(timers.get(button));
  if (!names.has(button)) names.set(button, button.getAttribute('aria-label'));
  const name = names.get(button);
  button.textContent = done;
  // While the feedback shows, the accessible name must contain the visible text (WCAG 2.5.3).
  if (name) button.setAttribute('aria-label', done);
  button.dataset.copied = '';
  timers.set(
    button,
    window.setTimeout(() => {
      button.textContent = label;
      if (name) button.setAttribute('aria-label', name);
      names.delete(button);
      delete button.dataset.copied;
    }, 1600),
  );
}

/** Copies, then gives feedback on the button and in the live region. */
export async function copyWithFeedback(button: HTMLElement, label: string, text: string, message: string) {
  if (await copyText(text)) {
    flash(button, label);
    announce(message);
  } else {
    flash(button, label, '복사 실패');
    announce('복사하지 못했습니다. 직접 선택해 복사하세요.');
  }
}
