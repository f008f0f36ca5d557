import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { $practice, changeSettings, recordAnswer, toggleFavorite } from '../../stores/practice';
import { useLatest } from '../shared/useLatest';
import { EARLY_TAP_KEY, takeEarlyAnswer } from '../../lib/practice/early-tap';
import AnswerSheet from './AnswerSheet';
import DrillSummary from './DrillSummary';
import QuestionCard from './QuestionCard';

interface Props {
  title: string;
  list: BankQuestion[];
  /**
   * How many questions the list will hold once the whole bank is in; null while the bank is still arriving and that is
   * not known (the header then says so rather than count the loaded part only). Defaults to the list's length.
   */
  total?: number | null;
  /** Position (from the URL, so a reload stays on the same question). */
  index: number;
  onIndex: (i: number) => void;
  onExit: () => void;
  /** Opens a drill of the given wrong questions (错题重练 from the summary). */
  onWrongBook: () => void;
}

/** Practice one question at a time with immediate feedback, an answer sheet, 背题模式 and a summary at the end. */
export default function Drill({ title, list, total, index, onIndex, onExit, onWrongBook }: Props) {
  const state = useStore($practice);
  const [results, setResults] = useState<Record<string, boolean>>({});
  const [study, setStudy] = useState(false);
  const [done, setDone] = useState(false);
  const i = Math.min(index, Math.max(0, list.length - 1));
  const autoNext = state.settings.autoNext ?? false;
  const q = list[i];
  // A choice made on the page's build-time copy of this question (PracticeFirstQuestion.tsx): the card it first mounts
  // takes it (and judges a 单选 or 判断); then it is gone, so coming back to the question or switching 背题模式, which
  // mount the card again, does not record that answer twice.
  const [kept, setKept] = useState(() => {
    const taken = typeof window === 'undefined' ? undefined : takeEarlyAnswer(window[EARLY_TAP_KEY], q?.id);
    return taken && q ? { id: q.id, ...taken } : undefined;
  });
  useEffect(() => {
    if (kept) setKept(undefined);
    // Once, after the first mount: that card has read the choice into its own state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Auto-advance only after a right answer: a wrong one stays to be read.
  const last = q ? results[q.id] : undefined;
  const atEnd = i >= list.length - 1;
  const onIndexNow = useLatest(onIndex);
  useEffect(() => {
    if (!autoNext || last !== true || atEnd) return;
    const t = setTimeout(() => onIndexNow.current(i + 1), 900);
    return () => clearTimeout(t);
  }, [last, i, autoNext, atEnd, onIndexNow]);

  if (!q)
    return (
      <div>
        <p>这里暂时没有题目（可能已从题库中移除）。</p>
        <button type="button" onClick={onExit}>
          返回练习首页
        </button>
      </div>
    );
  if (done) return <DrillSummary title={title} list={list} results={results} onExit={onExit} onWrongBook={onWrongBook} />;
  return (
    <section aria-label={title}>
      <p class="row">
        <button type="button" class="secondary" onClick={onExit}>
          ‹ 返回练习首页
        </button>
        <strong>{title}</strong>
      </p>
      <p class="row drill-options">
        <label class="check">
          <input type="checkbox" checked={study} onChange={() => setStudy(!study)} />
          背题模式（直接显示答案）
        </label>
        <label class="check">
          <input type="checkbox" checked={autoNext} onChange={() => changeSettings({ ...state.settings, autoNext: !autoNext })} />
          答对自动下一题
        </label>
      </p>
      <QuestionCard
        key={`${q.id}:${study}`}
        q={q}
        seed={`drill:${q.id}`}
        position={total === null ? `第${i + 1}题（其余题目载入中）` : `第${i + 1}题 / 共${total ?? list.length}题`}
        favorite={state.favorites.includes(q.id)}
        onFavorite={() => toggleFavorite(q.id)}
        study={study}
        {...(kept?.id === q.id ? { initial: kept.chosen, initialSubmitted: kept.submitted } : {})}
        focusOnMount
        onAnswer={(correct) => {
          recordAnswer(q.id, correct);
          setResults({ ...results, [q.id]: correct });
        }}
      />
      <nav class="pager" aria-label="翻题">
        <button type="button" class="secondary" disabled={i === 0} onClick={() => onIndex(i - 1)}>
          ‹ 上一题
        </button>
        {i < list.length - 1 ? (
          <button type="button" class={q.id in results || study ? '' : 'secondary'} onClick={() => onIndex(i + 1)}>
            下一题 ›
          </button>
        ) : (
          <button type="button" onClick={() => setDone(true)}>
            完成
          </button>
        )}
      </nav>
      <details class="sheet-box">
        <summary>
          答题卡（本轮已答 {Object.keys(results).length}/{list.length}）
        </summary>
        <AnswerSheet
          cells={list.map((x) => ({ id: x.id, state: x.id in results ? (results[x.id] ? 'right' : 'wrong') : 'open' }))}
          current={i}
          onGo={onIndex}
        />
        <button type="button" class="secondary" onClick={() => setDone(true)}>
          结束本轮，看小结
        </button>
      </details>
    </section>
  );
}
