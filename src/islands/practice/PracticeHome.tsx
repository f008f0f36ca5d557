import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/applicability';
import type { BankQuestion } from '../../lib/practice/bank';
import { topicCounts } from '../../lib/practice/pick';
import { DRILL_TOPICS, type PracticeView } from '../../lib/practice-link';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { changeSettings, discardAttempt, type PracticeState } from '../../stores/practice';
import { $selfCheckProfile } from '../../stores/practice-profile';
import { lazyView } from '../shared/lazy-view';
import Notices from '../shared/Notices';
import Attempts from './Attempts';
import { examCount } from '../../lib/practice/exam-count';
import ExamSettings, { ROLE_LABELS } from './ExamSettings';
import { TOPIC_LABEL } from './topic-labels';

// Not needed for the first tap, so not on the page's critical path: fetched as soon as the home has rendered. They sit
// below the mode buttons, or inside the closed 快速选择 box, so their arrival moves no button.
const QuickProfile = lazyView(() => import('./QuickProfile'));
const Stats = lazyView(() => import('./Stats'));
const AsideList = lazyView(() => import('../shared/AsideList'));
const PracticeTransfer = lazyView(() => import('./PracticeTransfer'));

interface Props {
  bank: BankQuestion[];
  /** False while the later bank chunks are still arriving: counts would be those of the first chunk only. */
  complete: boolean;
  pool: BankQuestion[];
  state: PracticeState;
  profile: Profile | null;
  counts: { wrong: number; due: number; fav: number; hard: number };
  problems: string[];
  go: (v: PracticeView) => void;
  href: (v: PracticeView) => string;
  /**
   * The build-time start screen (PracticeStart.tsx): default state, no handlers (the page's inline script keeps a tap on a
   * data-tap button for the island), and without the parts below the modes that only the live screen has.
   */
  skeleton?: boolean;
}

const randomSeed = () => Math.random().toString(36).slice(2, 10);

/** The practice home: every mode as a card, the profile switch, statistics and export. */
export default function PracticeHome({ bank, complete, pool, state, profile, counts, problems, go, href, skeleton }: Props) {
  const [topic, setTopic] = useState('');
  const hasSelfCheck = useStore($selfCheckProfile).any;
  const onlyMine = state.settings.onlyMine && profile;
  const firstUnanswered = Math.max(
    0,
    pool.findIndex((q) => !state.answered[q.id]),
  );
  const topics = topicCounts(pool, DRILL_TOPICS);
  const s = state.settings;
  // On the build-time screen, a value that depends on the device's data: blank until the page knows the device holds
  // none (early-script.ts), so a returning user never sees a wrong count before the live screen arrives.
  const dv = (v: ComponentChildren) => (skeleton ? <span class="device-value">{v}</span> : v);
  return (
    <div>
      <Notices />
      {problems.length > 0 && (
        <div class="pending" role="alert">
          <p>链接有问题：{problems.join('；')}。</p>
        </div>
      )}
      <Attempts
        list={state.attempts}
        onResume={(a) =>
          a.kind === 'exam'
            ? go({ kind: 'exam', seed: a.seed })
            : location.assign(link(routes.practicePaper(a.query ?? `seed=${encodeURIComponent(a.seed)}`)))
        }
        onDiscard={discardAttempt}
      />
      <p class="note" role="status">
        {complete ? `题库 ${bank.length} 题` : '题库正在载入'}
        {complete && onlyMine ? `，按本企业概况适用 ${pool.length} 题` : ''}。
        {dv(
          <>
            今日待复习 <strong data-testid="due-count">{counts.due}</strong> 题 · 错题本{' '}
            <strong data-testid="wrong-count">{counts.wrong}</strong> 题 · 收藏 {counts.fav} 题
          </>,
        )}
      </p>
      <label class="check">
        <input type="checkbox" checked={s.onlyMine} disabled={!profile} onChange={() => changeSettings({ ...s, onlyMine: !s.onlyMine })} />
        只练我企业适用的
        <span class="why">
          {dv(
            profile
              ? state.quickProfile && profile === state.quickProfile
                ? '按下方快速选择的行业和专项筛选题目，本行业的题排在前面。'
                : '按最近一次自查的企业概况筛选题目，本行业的题排在前面。'
              : '先在“企业自查”中填企业概况，或在下方快速选择行业和专项。',
          )}
        </span>
      </label>
      {!hasSelfCheck && (
        <details class="quick-profile" inert={skeleton}>
          <summary>快速选择本企业的行业和专项（未做自查时用）</summary>
          <QuickProfile />
        </details>
      )}
      <h2 class="modes-h">检查现场怎么考，就怎么练</h2>
      <ul class="card-grid modes">
        <li class="card">
          <h3>模拟手机考试</h3>
          <p>
            {dv(
              <>
                {examCount(s)} 题，限时 {s.examMinutes} 分钟，{s.passMark} 分合格 · {ROLE_LABELS[s.role ?? 'all']}
                {s.strict ? ' · 考场模式' : ''}。剩 5 分钟和 1 分钟时提醒。
              </>,
            )}
          </p>
          <ExamSettings settings={s} inert={skeleton} />
          <button
            data-tap="exam"
            type="button"
            onClick={() => {
              // Papers in progress are kept either way; asking first means nobody loses track of one.
              const open = state.attempts.length;
              if (open && !window.confirm(`还有 ${open} 份未交卷的试卷。它们会保留，可在本页上方继续。现在开始一份新的模拟考试吗？`))
                return;
              go({ kind: 'exam', seed: randomSeed() });
            }}
          >
            开始模拟考试
          </button>
        </li>
        <li class="card">
          <h3>现场抽问</h3>
          <p>检查人员当面问 3–5 个问题：不给选项，说出答案后对照要点自评{profile ? '，题目取自本企业的行业和专项' : ''}。</p>
          <button data-tap="spot" type="button" onClick={() => go({ kind: 'spot', seed: randomSeed() })}>
            开始抽问
          </button>
        </li>
        <li class="card">
          <h3>口述演练</h3>
          <p>看题 → 大声回答 → 看参考答案 → 自评（忘了/模糊/记得/熟练）。默认 5 题{profile ? '，取自本企业适用的条款' : ''}。</p>
          <button data-tap="oral" type="button" onClick={() => go({ kind: 'oral', seed: randomSeed() })}>
            开始口述演练
          </button>
        </li>
      </ul>
      <h2 class="modes-h">日常练习</h2>
      <ul class="card-grid modes">
        <li class="card">
          <h3>顺序练习</h3>
          <p>{dv(`从第一道没做过的题接着做（第 ${firstUnanswered + 1} 题）。`)}</p>
          <button data-tap="seq" type="button" onClick={() => go({ kind: 'seq', i: firstUnanswered })}>
            继续顺序练习
          </button>
        </li>
        <li class="card">
          <h3>随机练习</h3>
          <p>随机抽 20 题，做完一题看一题解析。</p>
          <button data-tap="random" type="button" onClick={() => go({ kind: 'random', seed: randomSeed(), i: 0 })}>
            开始随机练习
          </button>
        </li>
        <li class="card">
          <h3>专项练习</h3>
          <label class="block">
            选择专题
            <select value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
              <option value="">请选择</option>
              {topics.map((t) => (
                <option key={t.topic} value={t.topic}>
                  {TOPIC_LABEL[t.topic] ?? t.topic}（{t.count}）
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!topic} onClick={() => go({ kind: 'topic', topic, i: 0 })}>
            开始专项练习
          </button>
        </li>
        <li class="card">
          <h3>错题本{dv(`（${counts.wrong}）`)}</h3>
          <p class="row">
            <button type="button" disabled={!counts.wrong} onClick={() => go({ kind: 'wrong', i: 0 })}>
              练错题
            </button>
            <button data-tap="manage" type="button" class="secondary" onClick={() => go({ kind: 'manage' })}>
              管理错题
            </button>
          </p>
        </li>
        <li class="card">
          <h3>易错题{dv(`（${counts.hard}）`)}</h3>
          <p class="muted">你自己答错过的题，错得最多的在前（答对后仍保留，直到正确率上来）。</p>
          <button type="button" disabled={!counts.hard} onClick={() => go({ kind: 'hard', i: 0 })}>
            练易错题
          </button>
        </li>
        <li class="card">
          <h3>每日复习{dv(`（${counts.due}）`)}</h3>
          <p class="muted">按遗忘规律安排：答错的题和口述演练里自评不熟的题，会在合适的时间再出现。</p>
          <button type="button" disabled={!counts.due} onClick={() => go({ kind: 'due', i: 0 })}>
            开始复习
          </button>
        </li>
        <li class="card">
          <h3>收藏{dv(`（${counts.fav}）`)}</h3>
          <button type="button" disabled={!counts.fav} onClick={() => go({ kind: 'fav', i: 0 })}>
            练收藏的题
          </button>
        </li>
      </ul>
      {!skeleton && (
        <>
          <Stats
            bank={bank}
            state={state}
            resultHref={(exam) => href({ kind: 'result', exam })}
            onResult={(exam) => go({ kind: 'result', exam })}
          />
          <AsideList kinds={['qp', 'exam', 'attempt', 'practice-settings']} label="练习记录" />
          <PracticeTransfer />
        </>
      )}
    </div>
  );
}
