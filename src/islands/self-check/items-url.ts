import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';

/** Where the self-check islands read their items (src/pages/self-check/items.json.ts). */
export const itemsUrl = () => link(routes.selfCheckItems());
export const ITEMS_ERROR = '自查条目加载失败，请检查网络后刷新页面。';
