import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PhotoFieldProps } from './PhotoField';

let loaded: ComponentType<PhotoFieldProps> | undefined;
let pending: Promise<void> | undefined;
const load = () =>
  (pending ??= import('./PhotoField').then(
    (m) => {
      loaded = m.default;
    },
    (e: unknown) => {
      // A lost signal must not stick: the next card (or a reload) tries again.
      pending = undefined;
      throw e;
    },
  ));

/**
 * PhotoField with its code (the photo store, thumbnails, and the compressor behind it) fetched after the check step
 * shows, so the self-check page stays within its size budget; one fetch serves every card. Until it arrives the card
 * shows nothing in its place: photos are optional and the answers work without them.
 */
export default function LazyPhotoField(props: PhotoFieldProps) {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  // Decided from what this render showed: the code may arrive between the render and the effect.
  const showedNothing = !loaded;
  useEffect(() => {
    if (showedNothing)
      load().then(
        () => setTick((n) => n + 1),
        () => setFailed(true),
      );
  }, [showedNothing]);
  if (loaded) return h(loaded, props);
  return failed ? h('p', { class: 'muted' }, '照片功能没有加载成功（网络可能断开），刷新页面后可再试。') : null;
}
