import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { drawPaper, filterQuestions } from '../../lib/practice/select';
import { seededRandom, shuffle } from '../../lib/practice/random';
import { dueIds } from '../../lib/practice/cards';
import { WRONG_BOOK_RULE } from '../../lib/practice/wrong-book';
import { DOMAINS } from '../../lib/taxonomy';
import {
  discardAttempt,
  loadScheduler,
  startAttempt,
  $practice,
  $practiceLoaded,
  $practiceProfile,
  changeSettings,
  checkPracticeImport,
  clearWrongBook,
  exportPractice,
  recordAnswer,
  removeFromWrongBook,
  toggleFavorite,
} from '../../stores/practice';
import AsideList from '../shared/AsideList';
import Notices from '../shared/Notices';
import TransferBox from '../shared/TransferBox';
import { useMounted } from '../shared/useMounted';
import { useSaved } from '../shared/useSaved';
import Attempts from './Attempts';
import ExamRunner from './ExamRunner';
import OralDrill from './OralDrill';
import QuestionCard from './QuestionCard';
import QuickProfile from './QuickProfile';
import ExamSettings from './ExamSettings';
import Stats from './Stats';
import { useBankProgress } from './useBank';

interface Props {
  base: string;
}

type Mode =
  | { kind: 'home' }
  | { kind: 'drill'; title: string; ids: string[]; start: number }
  | { kind: 'exam'; attemptId: string; title: string }
  | { kind: 'oral'; ids: string[] };

/** Drill token for 顺序练习: the list and the start are worked out once the bank is there. */
const SEQUENTIAL = '@sequential';

const TOPIC_LABEL: Record<string, string> = { ...Object.fromEntries(DOMAINS.map((d) => [d.slug, d.label])), law: '法律法规与工作要点' };

/** Practice for 逢查必考: sequential, random, by topic, mock exam, wrong-answer book, favourites, history, review, oral drill. */
export default function PracticeApp({ base }: Props) {
  const mounted = useMounted();
  const loaded = useSaved($practiceLoaded);
  const progress = useBankProgress(base);
  const { error } = progress;
  const bank = progress.complete ? progress.loaded : undefined;
  const state = useStore($practice);
  const [startError, setStartError] = useState('');
  // Load the review scheduler while the user reads, so a wrong answer is scheduled in the same write.
  useEffect(() => {
    const t = setTimeout(() => void loadScheduler().catch(() => undefined), 1500);
    return () => clearTimeout(t);
  }, []);
  const profile = useStore($practiceProfile);
  const [mode, setMode] = useState<Mode>(() => initialMode());
  const [topic, setTopic] = useState('');
  const byId = useMemo(() => new Map((bank ?? []).map((q) => [q.id, q])), [bank]);

  if (!mounted || !loaded) return <p>正在加载题库…</p>;
  if (error) return <p role="alert">{error}</p>;
  // The start screen shows at once and its counts follow. 顺序练习 starts as soon as the loaded part of the bank holds
  // its first unanswered question; every other mode needs the whole bank.
  const all = bank ?? progress.loaded;

  const onlyMine = state.settings.onlyMine && profile;
  const pool = filterQuestions(all, { profile: onlyMine ? profile : undefined });
  const sequentialReady = mode.kind === 'drill' && mode.ids[0] === SEQUENTIAL && pool.some((q) => !state.answered[q.id]);
  if (mode.kind !== 'home' && !bank && !sequentialReady) return <p role="status">正在加载题库…</p>;
  const known = new Set(all.map((q) => q.id));
  const wrongIds = Object.keys(state.wrong).filter((id) => known.has(id));
  const favIds = state.favorites.filter((id) => known.has(id));
  const due = dueIds(state.cards, new Date(), known);
  const firstUnanswered = Math.max(
    0,
    pool.findIndex((q) => !state.answered[q.id]),
  );
  const home = () => setMode({ kind: 'home' });
  const ids = (qs: BankQuestion[]) => qs.map((q) => q.id);

  if (mode.kind === 'drill') {
    const fromCriterion = mode.ids[0]?.startsWith('@criterion:') ? mode.ids[0].slice('@criterion:'.length) : undefined;
    // SEQUENTIAL is resolved here, so the button works even when it was tapped before the bank arrived.
    const sequential = mode.ids[0] === SEQUENTIAL;
    const list = sequential
      ? pool
      : fromCriterion
        ? filterQuestions(all, { criteria: [fromCriterion] })
        : mode.ids.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q);
    return (
      <Drill
        title={mode.title}
        list={list}
        start={sequential ? firstUnanswered : mode.start}
        base={base}
        favorites={state.favorites}
        onExit={home}
      />
    );
  }
  if (mode.kind === 'exam') {
    return <ExamRunner attemptId={mode.attemptId} byId={byId} base={base} title={mode.title} onExit={home} />;
  }
  if (mode.kind === 'oral') {
    return <OralDrill questions={mode.ids.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q)} base={base} onExit={home} />;
  }

  const topics = [...new Set(all.flatMap((q) => q.topics))];
  const randomSeed = () => Math.random().toString(36).slice(2, 10);
  return (
    <div>
      <Notices />
      <Attempts
        list={state.attempts}
        base={base}
        onResume={(id, title) => setMode({ kind: 'exam', attemptId: id, title })}
        onDiscard={discardAttempt}
      />
      <p class="note" role="status">
        题库 {bank ? bank.length : '…'} 题{onlyMine ? `，按本企业概况适用 ${pool.length} 题` : ''}。今日待复习{' '}
        <strong data-testid="due-count">{due.length}</strong> 题 · 错题本 <strong data-testid="wrong-count">{wrongIds.length}</strong> 题 ·
        收藏 {favIds.length} 题
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={state.settings.onlyMine}
          disabled={!profile}
          onChange={() => changeSettings({ ...state.settings, onlyMine: !state.settings.onlyMine })}
        />
        只练我企业适用的
        <span class="why">
          {profile
            ? state.quickProfile && profile === state.quickProfile
              ? '按下方快速选择的行业和专项筛选题目。'
              : '按最近一次自查的企业概况筛选题目。'
            : '先在“企业自查”中填企业概况，或在下方快速选择行业和专项。'}
        </span>
      </label>
      <QuickProfile />
      <ul class="card-grid modes">
        <li class="card">
          <h2>顺序练习</h2>
          <p>从第一道没做过的题接着做{bank ? `（第 ${firstUnanswered + 1} 题）` : ''}。</p>
          <button type="button" onClick={() => setMode({ kind: 'drill', title: '顺序练习', ids: [SEQUENTIAL], start: 0 })}>
            继续顺序练习
          </button>
        </li>
        <li class="card">
          <h2>随机练习</h2>
          <p>随机抽 20 题，做完一题看一题解析。</p>
          <button
            type="button"
            disabled={!bank}
            onClick={() =>
              setMode({ kind: 'drill', title: '随机练习', ids: ids(shuffle(pool, seededRandom(randomSeed())).slice(0, 20)), start: 0 })
            }
          >
            开始随机练习
          </button>
        </li>
        <li class="card">
          <h2>专项练习</h2>
          <label class="block">
            选择专题
            <select value={topic} onChange={(e) => setTopic((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">请选择</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {TOPIC_LABEL[t] ?? t}（{pool.filter((q) => q.topics.includes(t)).length}）
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!topic}
            onClick={() =>
              setMode({
                kind: 'drill',
                title: `专项练习：${TOPIC_LABEL[topic] ?? topic}`,
                ids: ids(filterQuestions(pool, { topics: [topic] })),
                start: 0,
              })
            }
          >
            开始专项练习
          </button>
        </li>
        <li class="card">
          <h2>模拟考试</h2>
          <p>
            {state.settings.examN} 题，限时 {state.settings.examMinutes} 分钟，{state.settings.passMark}{' '}
            分合格（本站练习设置，不是官方考试规则）。
          </p>
          <ExamSettings settings={state.settings} />
          <button
            type="button"
            // The paper is drawn from the whole bank, so it waits until every part has arrived.
            disabled={!bank}
            onClick={() => {
              const open = state.attempts.length;
              if (open && !window.confirm(`还有 ${open} 份未交卷的试卷。它们会保留，可在本页上方继续。现在开始一份新的模拟考试吗？`))
                return;
              const seed = randomSeed();
              const r = startAttempt({
                kind: 'exam',
                seed,
                ids: ids(drawPaper(pool, state.settings.examN, seed)),
                minutes: state.settings.examMinutes,
                passMark: state.settings.passMark,
              });
              if (r.ok) setMode({ kind: 'exam', attemptId: r.id, title: '模拟考试' });
              else setStartError(r.error);
            }}
          >
            开始模拟考试
          </button>
          {startError && (
            <p role="alert" class="error-text">
              {startError}
            </p>
          )}
        </li>
        <li class="card">
          <h2>错题本（{wrongIds.length}）</h2>
          <p class="muted">{WRONG_BOOK_RULE}</p>
          <button
            type="button"
            disabled={!wrongIds.length}
            onClick={() => setMode({ kind: 'drill', title: '错题本', ids: wrongIds, start: 0 })}
          >
            练错题
          </button>
          {wrongIds.length > 0 && (
            <details>
              <summary>管理错题</summary>
              <ul>
                {wrongIds.map((id) => (
                  <li key={id}>
                    {byId.get(id)?.stem.slice(0, 40)}…（错 {state.wrong[id]!.misses} 次，连对 {state.wrong[id]!.streak}）
                    <button type="button" class="secondary small" onClick={() => removeFromWrongBook(id)}>
                      移出
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" class="secondary" onClick={() => window.confirm('确定清空错题本？') && clearWrongBook()}>
                清空错题本
              </button>
            </details>
          )}
        </li>
        <li class="card">
          <h2>每日复习（{due.length}）</h2>
          <p class="muted">按遗忘规律安排：答错的题和口述演练里自评不熟的题，会在合适的时间再出现。</p>
          <button type="button" disabled={!due.length} onClick={() => setMode({ kind: 'drill', title: '每日复习', ids: due, start: 0 })}>
            开始复习
          </button>
        </li>
        <li class="card">
          <h2>口述演练</h2>
          <p>
            检查人员常当面提问。看题 → 大声回答 → 看参考答案 → 自评（忘了/模糊/记得/熟练）。默认 5 题
            {profile ? '，取自本企业适用的条款' : ''}。
          </p>
          <button
            type="button"
            disabled={!bank}
            onClick={() => setMode({ kind: 'oral', ids: ids(oralPick(profile ? filterQuestions(all, { profile }) : all, due)) })}
          >
            开始口述演练
          </button>
        </li>
        <li class="card">
          <h2>收藏（{favIds.length}）</h2>
          <button type="button" disabled={!favIds.length} onClick={() => setMode({ kind: 'drill', title: '收藏', ids: favIds, start: 0 })}>
            练收藏的题
          </button>
        </li>
      </ul>
      {bank && <Stats bank={bank} state={state} topicLabel={TOPIC_LABEL} />}
      <AsideList kinds={['qp', 'exam', 'attempt', 'practice-settings']} label="练习记录" />
      <TransferBox label="练习记录" exporter={{ fileName: '练习记录.json', onExport: exportPractice }} onImport={checkPracticeImport} />
    </div>
  );
}

/** Oral drill picks: due cards first, then questions written for speaking, then any; five in all. */
function oralPick(pool: BankQuestion[], due: string[]): BankQuestion[] {
  const rand = seededRandom(Date.now());
  const dueFirst = pool.filter((q) => due.includes(q.id));
  const spoken = shuffle(
    pool.filter((q) => q.oral && !due.includes(q.id)),
    rand,
  );
  const rest = shuffle(
    pool.filter((q) => !q.oral && !due.includes(q.id)),
    rand,
  );
  return [...dueFirst, ...spoken, ...rest].slice(0, 5);
}

/** Reads ?c=a4-1 (a criterion page's "练习本项题目") or ?q=question-id (a search result). */
function initialMode(): Mode {
  if (typeof location === 'undefined') return { kind: 'home' };
  const params = new URLSearchParams(location.search);
  const c = params.get('c');
  const q = params.get('q');
  if (c && /^a\d{1,2}-\d{1,2}$/.test(c)) return { kind: 'drill', title: `本项练习：${c}`, ids: [`@criterion:${c}`], start: 0 };
  // A search result links one question: open it alone (an unknown id shows the empty drill with a way back).
  if (q && /^[a-z0-9-]{1,60}$/.test(q)) return { kind: 'drill', title: '单题练习', ids: [q], start: 0 };
  return { kind: 'home' };
}

interface DrillProps {
  title: string;
  list: BankQuestion[];
  start: number;
  base: string;
  favorites: string[];
  onExit: () => void;
}

/** Practice one question at a time with immediate feedback. */
function Drill({ title, list, start, base, favorites, onExit }: DrillProps) {
  const [i, setI] = useState(Math.min(start, Math.max(0, list.length - 1)));
  const [answered, setAnswered] = useState(false);
  if (!list.length)
    return (
      <div>
        <p>这里暂时没有题目。</p>
        <button type="button" onClick={onExit}>
          返回
        </button>
      </div>
    );
  const q = list[i]!;
  return (
    <section aria-label={title}>
      <p class="row">
        <button type="button" class="secondary" onClick={onExit}>
          ‹ 返回练习首页
        </button>
        <strong>{title}</strong>
      </p>
      <QuestionCard
        key={q.id}
        q={q}
        seed={`drill:${q.id}`}
        base={base}
        position={`第${i + 1}题 / 共${list.length}题`}
        favorite={favorites.includes(q.id)}
        onFavorite={() => toggleFavorite(q.id)}
        onAnswer={(correct) => {
          recordAnswer(q.id, correct);
          setAnswered(true);
        }}
      />
      <nav class="pager" aria-label="翻题">
        <button
          type="button"
          class="secondary"
          disabled={i === 0}
          onClick={() => {
            setI(i - 1);
            setAnswered(false);
          }}
        >
          ‹ 上一题
        </button>
        {i < list.length - 1 ? (
          <button
            type="button"
            class={answered ? '' : 'secondary'}
            onClick={() => {
              setI(i + 1);
              setAnswered(false);
              window.scrollTo(0, 0);
            }}
          >
            下一题 ›
          </button>
        ) : (
          <button type="button" onClick={onExit}>
            完成
          </button>
        )}
      </nav>
    </section>
  );
}
