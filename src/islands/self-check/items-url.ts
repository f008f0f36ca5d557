/** Where the self-check islands read their items (src/pages/self-check/items.json.ts). */
export const itemsUrl = (base: string) => `${base}self-check/items.json`;
export const ITEMS_ERROR = '自查条目加载失败，请检查网络后刷新页面。';
