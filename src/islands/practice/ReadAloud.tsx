import { useEffect, useState } from 'preact/hooks';

/** True where the browser can speak (speechSynthesis); false during server render. */
function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/**
 * A 朗读 button using the browser's speech synthesis (a zh-CN voice where present); renders nothing where absent.
 * Rendered at build time (the practice page's first question, PracticeFirstQuestion.tsx) it is a hidden button the
 * page's inline script shows where the browser can speak, so the island's copy, which has it from its first render,
 * takes its place without moving the question.
 */
export default function ReadAloud({ text }: { text: string }) {
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    // Stop reading when the question changes or the view closes.
    return () => {
      if (canSpeak()) speechSynthesis.cancel();
    };
  }, [text]);
  if (typeof window === 'undefined')
    return (
      <button type="button" class="secondary small" data-speak hidden>
        朗读
      </button>
    );
  // The islands that show it render on the client only, so the browser's answer is known from the first render.
  if (!canSpeak()) return null;
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
