/** Top-level sections in the header, in order. A section is listed only once its pages exist. */
export const NAV = [
  { href: '/regulations/', label: '法规' },
  { href: '/criteria/', label: '判定标准' },
  { href: '/cases/', label: '案例' },
  { href: '/self-check/', label: '自查' },
  { href: '/practice/', label: '练习' },
  { href: '/search/', label: '搜索' },
] as const;
