import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { EMPTY_PROFILE } from '../../lib/applicability';
import { selectModules } from '../../lib/self-check';
import { $assessments, $current, $selfCheckLoaded, closeAssessment, createAssessment, saveProfile } from '../../stores/self-check';
import { vault } from '../../stores/site';
import Notices from '../shared/Notices';
import { useSaved } from '../shared/useSaved';
import AssessmentList from './AssessmentList';
import CheckStep from './CheckStep';
import ProfileForm from './ProfileForm';
import ReportView from './ReportView';
import ResultStep from './ResultStep';

interface Props {
  items: CheckItem[];
  /** The site's base path, for links. */
  base: string;
}

const STEPS = [
  ['profile', '1 企业概况'],
  ['check', '2 逐条核对'],
  ['result', '3 结果与整改'],
] as const;
type Step = (typeof STEPS)[number][0] | 'report';

/** The self-check journey: list of assessments → profile → check → result and action plan → report page. */
export default function SelfCheckApp({ items, base }: Props) {
  const loaded = useSaved($selfCheckLoaded);
  const list = useStore($assessments);
  const current = useStore($current);
  const persistent = useStore(vault.$persistent);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState('');
  const [step, setStep] = useState<Step>('check');

  if (!loaded) return <p>正在读取本机保存的自查记录…</p>;

  if (creating) {
    return (
      <div>
        <Notices />
        <h2>新建自查：企业概况</h2>
        <ProfileForm
          name=""
          profile={EMPTY_PROFILE}
          items={items}
          submitLabel="开始核对"
          onSubmit={(name, profile) => {
            const r = createAssessment(name, profile);
            if (!r.ok) return setCreateError(r.error);
            setCreating(false);
            setStep('check');
          }}
        />
        {createError && (
          <p role="alert" class="error-text">
            {createError}
          </p>
        )}
        <p>
          <button type="button" class="secondary" onClick={() => setCreating(false)}>
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
        <h2>本机的自查记录</h2>
        <AssessmentList list={list} items={items} base={base} onNew={() => setCreating(true)} />
      </div>
    );
  }

  const modules = selectModules(items, current.profile);
  // Without storage a page load would lose the work held in memory: the report is then shown in place.
  const reportHref = `${base}self-check/report/?id=${encodeURIComponent(current.id)}`;
  return (
    <div>
      <Notices />
      <p class="row">
        <button type="button" class="secondary" onClick={() => closeAssessment()}>
          ‹ 全部自查记录
        </button>
        <strong>{current.name}</strong>
      </p>
      <nav aria-label="自查步骤" id="sc-steps">
        <ul class="tag-list">
          {STEPS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
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
          items={items}
          submitLabel="保存概况"
          onSubmit={(n, p) => {
            saveProfile(current.id, n, p);
            setStep('check');
          }}
        />
      )}
      {step === 'check' && <CheckStep a={current} modules={modules} base={base} />}
      {step === 'result' && (
        <ResultStep
          a={current}
          items={items}
          base={base}
          reportHref={reportHref}
          onReport={persistent ? undefined : () => setStep('report')}
        />
      )}
      {step === 'report' && <ReportView a={current} items={items} base={base} />}
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
