import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyOptions {
  /**
   * For an optional part (photos): nothing in its place while it loads, and a quiet line instead of an alert with
   * 重试 when it fails, since the rest of the card works without it.
   */
  quiet?: string;
}

/**
 * A view whose code loads on first use, so a page stays within its size budget: practice's drills, exams, results
 * and spot-check, the in-place report, the photo fields are fetched when shown (and kept by the offline worker like
 * any other script). One fetch serves every instance.
 */
export function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  options: LazyOptions = {},
): ComponentType<P> & { preload: () => Promise<void>; isLoaded: () => boolean } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m.default;
      },
      (e: unknown) => {
        // A failed fetch (signal lost on the shop floor) must not stick: the next attempt loads again.
        pending = undefined;
        throw e;
      },
    ));
  function LazyView(props: P) {
    const [, setTick] = useState(0);
    const [failed, setFailed] = useState(false);
    const attempt = () => {
      setFailed(false);
      preload().then(
        () => setTick((n) => n + 1),
        () => setFailed(true),
      );
    };
    // Decided from what this render showed: the code may arrive between the render and the effect (a preload
    // already under way), and the placeholder must still be replaced then.
    const showedPlaceholder = !loaded;
    useEffect(() => {
      if (showedPlaceholder) attempt();
    }, []);
    if (loaded) return h(loaded, props);
    if (options.quiet !== undefined) return failed && options.quiet ? h('p', { class: 'muted' }, options.quiet) : null;
    if (failed)
      return h(
        'p',
        { role: 'alert' },
        '这部分页面没有加载成功（可能是网络断了）。',
        h('button', { type: 'button', onClick: attempt }, '重试'),
      );
    return h('p', null, '正在加载…');
  }
  return Object.assign(LazyView, { preload, isLoaded: () => loaded !== undefined });
}

/** Fetches views once the page is idle, so they are there (and stored for offline use) before the first tap. */
export function preloadWhenIdle(views: readonly { preload: () => Promise<void> }[]) {
  const run = () => views.forEach((v) => void v.preload().catch(() => {}));
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 1500 });
  else setTimeout(run, 300);
}
