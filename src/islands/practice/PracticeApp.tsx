import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BankQuestion } from '../../lib/practice/bank';
import { dueIds } from '../../lib/practice/cards';
import { drillList } from '../../lib/practice/drill-list';
import { hardIds, oralPick, relevanceOrder, rolePool, spotPick } from '../../lib/practice/pick';
import { drawPaper, filterQuestions } from '../../lib/practice/select';
import { isCorrect } from '../../lib/practice/score';
import { parsePracticeParams, practiceQuery, type PracticeView } from '../../lib/practice-link';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $practice, $practiceLoaded, $practiceProfile, loadScheduler, type ExamRecord } from '../../stores/practice';
import { startVault } from '../../stores/site';
import { useSaved } from '../shared/useSaved';
import Drill from './Drill';
import { examCount } from '../../lib/practice/exam-count';
import { TOPIC_LABEL } from './topic-labels';
import { lazyView, preloadWhenIdle } from '../shared/lazy-view';
import { useBankProgress } from './useBank';
import { prefixReady } from './bank-ready';
import { EARLY_TAP_EVENT, EARLY_TAP_KEY, takeEarlyTap, tapView, type EarlyTap } from '../../lib/practice/early-tap';

// The live start screen: the page shows its build-time copy (PracticeStart.tsx) until this code and saved data are in,
// so a tap there, kept by the page's inline script, opens its view without waiting for this module.
const PracticeHome = lazyView(() => import('./PracticeHome'));

const randomSeed = () => Math.random().toString(36).slice(2, 10);
const earlyTap = (): EarlyTap | undefined => window[EARLY_TAP_KEY];

// Saved data starts loading as soon as this code runs in the browser, not after the island has mounted: opening
// IndexedDB (created on a first visit) then overlaps the island's first render. useSaved starts it too.
// The live start screen's code too, unless a tap is already kept: then the tapped view comes first, and the home's code
// (with its own imports, about 6 kB) would share the weak signal with it; it follows when the page is idle.
if (typeof window !== 'undefined') {
  void startVault();
  if (!location.search && !earlyTap()?.action) void PracticeHome.preload().catch(() => undefined);
}
let skeletonGone = false;
/** Takes the page's build-time start screen away (the island's view has rendered in its place, in the same frame). */
function dropSkeleton() {
  const tap = earlyTap();
  if (tap) tap.taken = true;
  document.querySelector('.practice-skeleton')?.remove();
  skeletonGone = true;
}
/** While a view waits for data: nothing as long as the build-time screen stands in, else a loading line. */
const waiting = () => (skeletonGone ? <p role="status">正在加载题库…</p> : null);

const ExamRunner = lazyView(() => import('./ExamRunner'));
const ExamResult = lazyView(() => import('./ExamResult'));
const OralDrill = lazyView(() => import('./OralDrill'));
const SpotCheck = lazyView(() => import('./SpotCheck'));
const WrongBook = lazyView(() => import('./WrongBook'));

/**
 * The practice mode router. Every view is a URL (lib/practice-link.ts): opening a view pushes a history entry, so Back
 * returns to the previous view; moving inside a drill replaces it, so a reload stays on the same question.
 */
export default function PracticeApp() {
  const loaded = useSaved($practiceLoaded);
  // The bank arrives chunk by chunk (the page preloads the first): views that the loaded part answers show at once.
  const { loaded: bank, complete, total, error } = useBankProgress();
  const state = useStore($practice);
  const profile = useStore($practiceProfile);
  // The address is the view (lib/practice-link.ts): read on every render, never copied into state, so it cannot lag
  // behind a history entry. go(), Back, a kept tap and the live home's code arriving render again.
  const [, setTick] = useState(0);
  const rerender = () => setTick((n) => n + 1);
  const search = location.search;
  const [homeFailed, setHomeFailed] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  // Once shown, the home stays while the rest of the bank arrives (its counts follow): a quick profile chosen meanwhile
  // must not take it away and bring it back with the box the user is ticking closed.
  const homeShown = useRef(false);
  // Drills (most deep links) ship with the page; the other views load at once on a deep link or reload, else when idle.
  useEffect(() => {
    const views = [ExamRunner, ExamResult, OralDrill, SpotCheck, WrongBook];
    if (location.search) views.forEach((v) => void v.preload().catch(() => {}));
    else preloadWhenIdle([PracticeHome, ...views]);
    // The review scheduler too, so a wrong answer is scheduled in the same write as the answer.
    const t = setTimeout(() => void loadScheduler().catch(() => undefined), 1500);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => {
    addEventListener('popstate', rerender);
    return () => removeEventListener('popstate', rerender);
  }, []);
  // A tap kept while this island waits (e.g. for the live start screen's code): render again now to open its view.
  // A layout effect, so the listener is there before any click after the first render can be handled; a tap kept
  // before that (its event sent to nobody) is picked up here at once.
  useLayoutEffect(() => {
    addEventListener(EARLY_TAP_EVENT, rerender);
    const kept = earlyTap();
    if (kept?.action && !kept.taken) rerender();
    return () => removeEventListener(EARLY_TAP_EVENT, rerender);
  }, []);
  const known = useMemo(() => new Set(bank.flatMap((q) => q.criteria)), [bank]);
  const parsed = useMemo(() => parsePracticeParams(search, known), [search, known]);
  const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const out = render();
  const showing = out !== null;
  // The view replaces the build-time start screen before the browser paints: no frame shows both or neither.
  useLayoutEffect(() => {
    if (showing) dropSkeleton();
  }, [showing]);
  return out;

  /** The current view; null while the build-time start screen (or its loading line) stands in for it. */
  function render() {
    if (error) return <p role="alert">{error}</p>;
    // The profile orders the pools: nothing is shown before it is known, so a drill never reorders under the user.
    if (!loaded || profile === undefined || !bank.length) return waiting();

    const href = (v: PracticeView) => link(routes.practiceView(practiceQuery(v)));
    const go = (v: PracticeView, replace = false) => {
      history[replace ? 'replaceState' : 'pushState'](null, '', href(v));
      rerender();
      // Scrolled in the next frame, once the new view has rendered and before it paints: scrolling here would force a
      // layout of the old view inside the tap (on a slow phone, the home's whole layout again, before the drill shows).
      if (!replace) requestAnimationFrame(() => window.scrollTo(0, 0));
    };
    const home = () => go({ kind: 'home' });
    const mine = state.settings.onlyMine && profile ? profile : undefined;
    const pool = relevanceOrder(filterQuestions(bank, { profile: mine }), profile);
    const known2 = new Set(bank.map((q) => q.id));
    const wrongIds = Object.keys(state.wrong).filter((id) => known2.has(id));
    const favIds = state.favorites.filter((id) => known2.has(id));
    const due = dueIds(state.cards, new Date(), known2);
    const hard = hardIds(state.answered, known2);
    const record = (id: string) => state.history.find((h) => h.id === id);
    const paperOf = (r: ExamRecord) => r.questionIds.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q);

    let { view, problems } = parsed;
    const firstUnanswered = pool.findIndex((q) => !state.answered[q.id]);
    const prefix = { loaded: known2, poolInBankOrder: !profile, firstUnanswered };
    // A tap on the build-time start screen (kept by the page's inline script) opens its view as soon as the live start
    // screen could show, with this device's progress, as the live button would; the start screen is not rendered first.
    if (view.kind === 'home' && !problems.length && !homeShown.current && (complete || prefixReady(view, problems, prefix))) {
      const action = takeEarlyTap(earlyTap());
      const next = action && tapView(action, { firstUnanswered, openAttempts: state.attempts.length, seed: randomSeed() });
      if (next) {
        history.pushState(null, '', href(next));
        // As the live button does (go() below): the new view starts at the top.
        requestAnimationFrame(() => window.scrollTo(0, 0));
        ({ view, problems } = parsePracticeParams(location.search, known));
      }
    }
    const drill = drillList(view, {
      bank,
      pool,
      wrongIds,
      dueIds: due,
      favIds,
      hardIds: hard,
      topicLabel: (t) => TOPIC_LABEL[t] ?? t,
      examWrong: (id) => {
        const r = record(id);
        return (
          r &&
          paperOf(r)
            .filter((q) => !isCorrect(q, r.answers[q.id] ?? []))
            .map((q) => q.id)
        );
      },
    });
    // A view waits for the rest of the bank unless the loaded part already gives what the whole bank would (bank-ready.ts).
    const ready =
      complete ||
      (view.kind === 'home' && homeShown.current) ||
      prefixReady(view, problems, { ...prefix, drillLength: drill?.list.length });
    if (!ready) return waiting();
    if (view.kind === 'home' && !PracticeHome.isLoaded() && !homeFailed && !skeletonGone) {
      // Stay on the build-time screen until the live one's code is in (it is fetched as soon as this module runs).
      PracticeHome.preload().then(
        () => rerender(),
        () => setHomeFailed(true),
      );
      return null;
    }
    if (view.kind === 'home') homeShown.current = true;
    if (drill && 'i' in view) {
      return (
        <Drill
          key={practiceQuery({ ...view, i: 0 })}
          title={drill.title}
          list={drill.list}
          // While the bank arrives, only 顺序练习 over the whole bank (no profile) knows its final length: the bank's.
          total={complete ? undefined : view.kind === 'seq' && !profile && total !== undefined ? total : null}
          index={view.i}
          onIndex={(i) => go({ ...view, i }, true)}
          onExit={home}
          onWrongBook={() => go({ kind: 'wrong', i: 0 })}
        />
      );
    }
    if (drill) return <Drill title={drill.title} list={drill.list} index={0} onIndex={() => {}} onExit={home} onWrongBook={home} />;

    switch (view.kind) {
      case 'exam': {
        const r = state.attempts.find((a) => a.kind === 'exam' && a.seed === view.seed);
        const paper = r
          ? r.ids.map((id) => byId.get(id)).filter((q): q is BankQuestion => !!q)
          : drawPaper(rolePool(pool, state.settings.role ?? 'all'), examCount(state.settings), view.seed);
        return (
          <ExamRunner
            key={view.seed}
            questions={paper}
            seed={view.seed}
            minutes={r ? r.minutes : state.settings.examMinutes}
            passMark={r ? r.passMark : state.settings.passMark}
            strict={state.settings.strict ?? false}
            kind="exam"
            title="模拟考试"
            attemptId={r?.id}
            onExit={home}
            onFinished={(rec, out) => {
              setTimedOut(out);
              go({ kind: 'result', exam: rec.id }, true);
              // After the result has rendered: scrolling now would force a layout of the old view inside the tap.
              requestAnimationFrame(() => window.scrollTo(0, 0));
            }}
          />
        );
      }
      case 'result': {
        const r = record(view.exam);
        if (!r)
          return (
            <p>
              找不到这次考试记录（可能已被导入的数据替换）。
              <button type="button" onClick={home}>
                返回练习首页
              </button>
            </p>
          );
        return (
          <ExamResult
            record={r}
            questions={paperOf(r)}
            title={r.kind === 'paper' ? `统一试卷（试卷码 ${r.code}）` : '模拟考试'}
            timedOut={timedOut}
            onRetry={() => go({ kind: 'retry', exam: r.id, i: 0 })}
            onExit={home}
          />
        );
      }
      case 'oral':
        return (
          <OralDrill
            key={view.seed}
            questions={oralPick(profile ? filterQuestions(bank, { profile }) : bank, due, view.seed)}
            onExit={home}
          />
        );
      case 'spot':
        return (
          <SpotCheck
            key={view.seed}
            questions={spotPick(profile ? filterQuestions(bank, { profile }) : bank, profile, view.seed, 4)}
            fromProfile={!!profile}
            onExit={home}
          />
        );
      case 'manage':
        return <WrongBook ids={wrongIds} byId={byId} wrong={state.wrong} onPractise={() => go({ kind: 'wrong', i: 0 })} onExit={home} />;
      default:
        return (
          <PracticeHome
            bank={bank}
            complete={complete}
            pool={pool}
            state={state}
            profile={profile}
            counts={{ wrong: wrongIds.length, due: due.length, fav: favIds.length, hard: hard.length }}
            problems={problems}
            go={go}
            href={href}
          />
        );
    }
  }
}
