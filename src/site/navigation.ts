/** The main menu of every page, in order. Features add their page here. */
import { url } from './url';
export interface NavItem {
  href: string;
  label: string;
}

export const navigation: NavItem[] = [
  { href: url({ page: 'home' }), label: '전체 스크립트' },
  { href: url({ page: 'sites' }), label: '현장별' },
  { href: url({ page: 'updates' }), label: '최근 업데이트' },
  { href: url({ page: 'glossary' }), label: '용어집' },
  { href: url({ page: 'learn', slugs: [] }), label: '학습' },
];
