import { useEffect, useState } from 'preact/hooks';

/** True where the browser can speak (speechSynthesis); false during server render. */
function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** A 朗读 button using the browser's speech synthesis (a zh-CN voice where present); renders nothing where absent. */
export default function ReadAloud({ text }: { text: string }) {
  const [ok, setOk] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    setOk(canSpeak());
    // Stop reading when the question changes or the view closes.
    return () => {
      if (canSpeak()) speechSynthesis.cancel();
    };
  }, [text]);
  if (!ok) return null;
  const speak = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'zh-CN';
    const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh-CN'));
    if (voice) u.voice = voice;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(u);
  };
  return (
    <button type="button" class="secondary small" aria-pressed={speaking} onClick={speak}>
      {speaking ? '停止朗读' : '朗读'}
    </button>
  );
}
