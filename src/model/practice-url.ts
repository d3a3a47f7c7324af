/**
 * Practice (연습) is a mode of the script page, not a page of its own: `/faq/<id>/?mode=practice`.
 * A module of its own so the script page's first-view loader imports these two lines, not the cards.
 */
export const practiceParam = { name: 'mode', value: 'practice' } as const;

/** The script page's practice mode. */
export const practiceUrl = (id: string) => `/faq/${id}/?${practiceParam.name}=${practiceParam.value}`;

/** Whether a URL's query opens the practice mode. */
export const isPracticeUrl = (url: Pick<URL, 'search'>) => new URLSearchParams(url.search).get(practiceParam.name) === practiceParam.value;
