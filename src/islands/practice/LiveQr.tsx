import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** What the code encodes (a link or a result code). */
  text: string;
  /** Accessible name, e.g. 试卷链接二维码. */
  label: string;
  size?: number;
}

/**
 * A QR code that always encodes the current text: it is cleared the moment the text changes and redrawn from it,
 * so a stale code (the old paper) can never be shown. The qrcode library loads on first use.
 */
export default function LiveQr({ text, label, size = 180 }: Props) {
  const [svg, setSvg] = useState<{ for: string; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((s) => live && setSvg({ for: text, svg: s }));
    return () => {
      live = false;
    };
  }, [text]);
  const current = svg && svg.for === text ? svg.svg : '';
  return (
    <div
      class="qr-svg live-qr"
      role="img"
      aria-label={`${label}：${text}`}
      data-qr-text={current ? text : undefined}
      style={`width:${size}px;min-height:${size}px`}
      dangerouslySetInnerHTML={{ __html: current }}
    />
  );
}
