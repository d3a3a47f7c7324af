/**
 * Practice (연습) is a mode of the script page, not a page of its own: `/faq/<id>/?mode=practice`
 * (its URL: the route table, src/site/routes.ts). A module of its own so the script page's first-view
 * loader imports these lines, not the cards.
 */
export const practiceParam = { name: 'mode', value: 'practice' } as const;

/** Whether a URL's query opens the practice mode. */
export const isPracticeUrl = (url: Pick<URL, 'search'>) => new URLSearchParams(url.search).get(practiceParam.name) === practiceParam.value;
