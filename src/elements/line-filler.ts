/**
 * The filling of script lines (src/korean/fill-line.ts, with es-hangul's particles) for the script page's
 * tools, loaded on first need — a copy, the memo, the 상담 정보 panel — and not in the page's first view
 * (its JavaScript budget). One cached import, so every tool shares the one module.
 */
type LineFilling = typeof import('../korean/fill-line');

let loading: Promise<LineFilling> | undefined;

export const lineFilling = (): Promise<LineFilling> => (loading ??= import('../korean/fill-line'));
