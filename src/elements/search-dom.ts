/** Making the search box's elements: always as text (textContent), never markup, whatever the user typed. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** A button that is not a form's submit button. */
export const button = (className: string, text: string): HTMLButtonElement => {
  const node = el('button', className, text);
  node.type = 'button';
  return node;
};
