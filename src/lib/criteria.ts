/** How the conditions of a criterion combine: 或者 (any one is enough), 并且 (all must hold), or one situation. */
export const LOGICS = ['any', 'all', 'single'] as const;
export type Logic = (typeof LOGICS)[number];

/**
 * How a criterion's logic reads on its page. `connective` is the word the rule itself uses when it is not the
 * usual one (e.g. 以及 in 第四条第（一）项), so the page never claims a 或者 the text does not have.
 */
export function logicText(logic: Logic, connective?: string): string {
  if (logic === 'single') return '构成的情形：';
  if (logic === 'any') return `以下情形之一即构成（条文用“${connective ?? '或者'}”连接，满足任何一个就是重大事故隐患）：`;
  return `以下条件同时具备才构成（条文用“${connective ?? '并且'}”连接，缺一不可）：`;
}
