import { useState } from 'preact/hooks';
import LiveQr from './LiveQr';

/** The trainee's result code, to read out, copy into a chat or show as a QR for the trainer to scan. */
export default function ResultCodeBox({ code }: { code: string }) {
  const [copied, setCopied] = useState('');
  const [qr, setQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('已复制，可粘贴到微信发给讲师。');
    } catch {
      setCopied('无法自动复制：请长按上面的成绩码手动复制。');
    }
  };
  return (
    <section class="card result-code" aria-labelledby="rc-h">
      <h3 id="rc-h">成绩码（交给讲师）</h3>
      <p>
        <code data-testid="result-code" class="code-text">
          {code}
        </code>
      </p>
      <p class="muted">成绩码包含试卷码、姓名、得分和错题号，末尾是校验码：抄错一个字，讲师那边会提示。</p>
      <p class="row">
        <button type="button" onClick={copy}>
          复制成绩码
        </button>
        <button type="button" class="secondary" aria-expanded={qr} onClick={() => setQr(!qr)}>
          {qr ? '收起二维码' : '显示二维码'}
        </button>
      </p>
      <p role="status">{copied}</p>
      {qr && <LiveQr text={code} label="成绩码二维码" />}
    </section>
  );
}
