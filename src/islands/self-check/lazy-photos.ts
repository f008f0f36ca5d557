import { lazyView } from '../shared/lazy-view';

/**
 * The photo parts with their code (the photo store, thumbnails, and the compressor behind them) fetched when a card
 * first shows, so the self-check, report and ledger pages stay within their size budgets. Until the code arrives
 * nothing shows in their place: photos are optional, answers, plans and steps work without them.
 */
export const LazyPhotoField = lazyView(() => import('./PhotoField'), {
  quiet: '照片功能没有加载成功（网络可能断开），刷新页面后可再试。',
});

/** Read-only thumbnails (report, ledger); nothing at all when the code cannot load. */
export const LazyPhotoThumbs = lazyView(() => import('./PhotoThumbs'), { quiet: '' });
