/** The main menu of every page, in order. Features add their page here. */
export interface NavItem {
  href: string;
  label: string;
}

export const navigation: NavItem[] = [
  { href: '/', label: '전체 스크립트' },
  { href: '/site/', label: '현장별' },
  { href: '/updates/', label: '최근 업데이트' },
  { href: '/glossary/', label: '용어집' },
  { href: '/learn/', label: '학습' },
];
