import { routes } from './routes';
/** Top-level sections in the header, in order. A section is listed only once its pages exist. */
export const NAV = [
  { href: routes.regulations(), label: '法规' },
  { href: routes.criteria(), label: '判定标准' },
  { href: routes.cases(), label: '案例' },
  { href: routes.selfCheck(), label: '自查' },
  { href: routes.practice(), label: '练习' },
  { href: routes.search(), label: '搜索' },
] as const;
