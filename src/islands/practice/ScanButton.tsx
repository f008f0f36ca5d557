import { useEffect, useRef, useState } from 'preact/hooks';
import { useLatest } from '../shared/useLatest';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (o: { formats: string[] }) => Detector;

declare global {
  interface Window {
    /** The Shape Detection API's QR reader: Chromium on Android and some desktops; not in the DOM types yet. */
    BarcodeDetector?: DetectorCtor;
  }
}

/** Scans a trainee's result-code QR with the camera where the browser has BarcodeDetector; renders nothing elsewhere. */
export default function ScanButton({ onCode }: { onCode: (text: string) => void }) {
  const [able, setAble] = useState(false);
  const [on, setOn] = useState(false);
  const [msg, setMsg] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const onCodeNow = useLatest(onCode);
  useEffect(() => setAble('BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia), []);
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    const Ctor = window.BarcodeDetector;
    if (!Ctor) return;
    const detector = new Ctor({ formats: ['qr_code'] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        // The <video> renders whenever `on` is set; gone means the scanner was closed meanwhile (the cleanup stops the stream).
        const el = video.current;
        if (!el) return;
        el.srcObject = s;
        void el.play();
        timer = setInterval(async () => {
          const found = await detector.detect(el).catch(() => []);
          if (found[0]) {
            onCodeNow.current(found[0].rawValue);
            setMsg('已读到一个成绩码，可继续扫下一个。');
          }
        }, 700);
      })
      .catch(() => {
        setMsg('无法打开摄像头：请允许使用摄像头，或改用粘贴。');
        setOn(false);
      });
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on, onCodeNow]);
  if (!able) return null;
  return (
    <>
      <button type="button" class="secondary" aria-pressed={on} onClick={() => setOn(!on)}>
        {on ? '停止扫码' : '用摄像头扫成绩码'}
      </button>
      {on && <video ref={video} class="scan-video" muted playsInline aria-label="摄像头画面" />}
      <span role="status">{msg}</span>
    </>
  );
}
