import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code loads on first use, so the practice home stays within its size budget: drills, exams, results
 * and the spot-check are fetched when opened (and kept by the offline worker like any other script).
 */
export function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  return function LazyView(props: P) {
    const [, setTick] = useState(0);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((m) => {
        loaded = m.default;
      });
      void pending.then(() => setTick((n) => n + 1));
    }, []);
    return loaded ? h(loaded, props) : h('p', null, '正在加载…');
  };
}
