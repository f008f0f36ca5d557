/** How each logic reads on a criterion page. */
export const LOGIC_TEXT = {
  any: '以下情形之一即构成（条文用“或者”连接，满足任何一个就是重大事故隐患）：',
  all: '以下条件同时具备才构成（条文用“并且”连接，缺一不可）：',
  single: '构成的情形：',
} as const;
