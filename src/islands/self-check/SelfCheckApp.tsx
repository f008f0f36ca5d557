import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { EMPTY_PROFILE } from '../../lib/applicability';
import { selectModules } from '../../lib/self-check';
import { parseSelfCheckUrl, selfCheckQuery, type SelfCheckView, type Step } from '../../lib/self-check-url';
import {
  $assessments,
  $current,
  $currentId,
  $selfCheckLoaded,
  closeAssessment,
  createAssessment,
  openAssessment,
  saveProfile,
} from '../../stores/self-check';
import { vault } from '../../stores/site';
import { lazyView } from '../shared/lazy-view';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import Notices from '../shared/Notices';
import { useJson } from '../shared/useJson';
import { useLatest } from '../shared/useLatest';
import { useSaved } from '../shared/useSaved';
import { ITEMS_ERROR, itemsUrl } from './items-url';
import AssessmentList from './AssessmentList';
import CheckStep from './CheckStep';
import ProfileForm from './ProfileForm';
import ResultStep from './ResultStep';

// The in-place report is only for a browser that keeps nothing (private mode): its code loads when it opens.
const ReportView = lazyView(() => import('./ReportView'));

const STEPS = [
  ['profile', '1 企业概况'],
  ['check', '2 逐条核对'],
  ['result', '3 结果与整改'],
] as const;

const here = (): SelfCheckView => parseSelfCheckUrl(typeof location === 'undefined' ? '' : location.search);

/**
 * The view lives in the address: every step is a history entry, so Back moves one step and a reload stays put.
 * Opening a record from the list (a store action) pushes its address too.
 */
function useView() {
  const [view, setView] = useState<SelfCheckView>(here);
  const currentId = useStore($currentId);
  const go = (v: SelfCheckView, replace = false) => {
    const url = `${location.pathname}${selfCheckQuery(v)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setView(v);
  };
  useEffect(() => {
    const onPop = () => setView(here());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  // The address decides which record this tab has open (re-run when the record or the kind of view changes).
  const { kind } = view;
  const openId = view.kind === 'open' ? view.id : undefined;
  useEffect(() => {
    if (kind === 'open' && openId !== undefined) openAssessment(openId);
    else closeAssessment();
  }, [kind, openId]);
  // A store action that opens a record (a copy, an import) pushes its address; the first run only reads the address.
  // Only a change of currentId triggers it: the view and go of the latest render are read through a ref.
  const mounted = useRef(false);
  const latest = useLatest({ view, go });
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const { view, go } = latest.current;
    if (currentId && (view.kind !== 'open' || view.id !== currentId)) go({ kind: 'open', id: currentId, step: 'check' });
  }, [currentId, latest]);
  return { view, go };
}

/** Moves focus to a step's heading when the step changes, so screen readers and keyboards follow. */
function useFocusOnChange(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}

/** Entry point: the items come from /self-check/items.json (preloaded by the page), not from props inlined in the HTML. */
export default function SelfCheckApp() {
  // Saved data starts loading at hydration, alongside the items file.
  const loaded = useSaved($selfCheckLoaded);
  const { data: items, error } = useJson<CheckItem[]>(itemsUrl(), ITEMS_ERROR);
  if (error) return <p role="alert">{error}</p>;
  if (!items) return <p>正在加载自查条目…</p>;
  if (!loaded) return <p>正在读取本机保存的自查记录…</p>;
  return <SelfCheck items={items} />;
}

/** The self-check journey: list of assessments → profile → check → result and action plan → report. */
function SelfCheck({ items }: { items: CheckItem[] }) {
  const list = useStore($assessments);
  const current = useStore($current);
  const persistent = useStore(vault.$persistent);
  const [createError, setCreateError] = useState('');
  const { view, go } = useView();
  const step: Step = view.kind === 'open' ? view.step : 'check';
  const setStep = (s: Step) => current && go({ kind: 'open', id: current.id, step: s });
  const headingRef = useFocusOnChange(`${view.kind}:${step}`);

  if (view.kind === 'new') {
    return (
      <div>
        <Notices />
        <h2 ref={headingRef} tabIndex={-1}>
          新建自查：企业概况
        </h2>
        <ProfileForm
          name=""
          profile={EMPTY_PROFILE}
          items={items}
          submitLabel="开始核对"
          onSubmit={(name, profile) => {
            const r = createAssessment(name, profile);
            if (!r.ok) return setCreateError(r.error);
            go({ kind: 'open', id: r.id, step: 'check' }, true);
          }}
        />
        {createError && (
          <p role="alert" class="error-text">
            {createError}
          </p>
        )}
        <p>
          <button type="button" class="secondary" onClick={() => history.back()}>
            取消
          </button>
        </p>
      </div>
    );
  }

  if (!current) {
    return (
      <div>
        <Notices />
        <h2 ref={headingRef} tabIndex={-1}>
          本机的自查记录
        </h2>
        {view.kind === 'open' && <p role="status">本机没有找到这份自查记录（可能已在另一个标签页删除）。</p>}
        <p>
          <a href={link(routes.selfCheckLedger())}>隐患台账：全部记录的隐患、整改和销号 ›</a>
        </p>
        <AssessmentList list={list} items={items} onNew={() => go({ kind: 'new' })} />
      </div>
    );
  }

  const modules = selectModules(items, current.profile);
  // Without storage a page load would lose the work held in memory: the report is then shown in place.
  const reportHref = `${link(routes.selfCheckReport())}?id=${encodeURIComponent(current.id)}`;
  return (
    <div>
      <Notices />
      <p class="row">
        <button type="button" class="secondary" onClick={() => go({ kind: 'list' })}>
          ‹ 全部自查记录
        </button>
        <strong>{current.name}</strong>
      </p>
      <h2 ref={headingRef} tabIndex={-1} class="visually-hidden">
        {STEPS.find(([id]) => id === step)?.[1] ?? '4 报告'}
      </h2>
      <nav aria-label="自查步骤" id="sc-steps">
        <ul class="tag-list">
          {STEPS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`?${new URLSearchParams({ id: current.id, step: id })}`}
                aria-current={step === id ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setStep(id);
                }}
              >
                {label}
              </a>
            </li>
          ))}
          <li>
            <a
              href={reportHref}
              aria-current={step === 'report' ? 'step' : undefined}
              onClick={(e) => {
                if (persistent) return;
                e.preventDefault();
                setStep('report');
              }}
            >
              4 报告
            </a>
          </li>
        </ul>
      </nav>
      {step === 'profile' && (
        <ProfileForm
          name={current.name}
          profile={current.profile}
          foreign={current.foreign}
          assessment={current}
          items={items}
          submitLabel="保存概况"
          onSubmit={(n, p) => {
            saveProfile(current.id, n, p);
            setStep('check');
          }}
        />
      )}
      {step === 'check' && <CheckStep a={current} modules={modules} />}
      {step === 'result' && (
        <ResultStep a={current} items={items} reportHref={reportHref} onReport={persistent ? undefined : () => setStep('report')} />
      )}
      {step === 'report' && <ReportView a={current} items={items} />}
      {step === 'check' && (
        <p>
          <button
            type="button"
            onClick={() => {
              setStep('result');
              document.getElementById('sc-steps')?.scrollIntoView();
            }}
          >
            查看结果与整改 ›
          </button>
        </p>
      )}
    </div>
  );
}
