/** When something was saved or last seen, as agents read it: `12월 2일 오후 2:05` (this browser's time zone). */
const format = new Intl.DateTimeFormat('ko-KR', { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export const savedTime = (at: number | Date) => format.format(at);
