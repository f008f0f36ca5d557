import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { CheckItem } from '../../lib/checks';
import { EMPTY_PROFILE } from '../../lib/applicability';
import { selectModules } from '../../lib/self-check';
import { $current, $selfCheck, closeAssessment, createAssessment, saveProfile } from '../../stores/self-check';
import Notices from '../shared/Notices';
import { useMounted } from '../shared/useMounted';
import { useJson } from '../shared/useJson';
import { ITEMS_ERROR, itemsUrl } from './items-url';
import AssessmentList from './AssessmentList';
import CheckStep from './CheckStep';
import ProfileForm from './ProfileForm';
import ResultStep from './ResultStep';

interface Props {
  /** The site's base path, for links and for the items file. */
  base: string;
}

const STEPS = [
  ['profile', '1 企业概况'],
  ['check', '2 逐条核对'],
  ['result', '3 结果与整改'],
] as const;
type Step = (typeof STEPS)[number][0];

/** Entry point: the items come from /self-check/items.json (preloaded by the page), not from props inlined in the HTML. */
export default function SelfCheckApp({ base }: Props) {
  // Read saved data at hydration, not when the items arrive: a corrupt copy is set aside and reported at once.
  useStore($selfCheck);
  const { data: items, error } = useJson<CheckItem[]>(itemsUrl(base), ITEMS_ERROR);
  if (error) return <p role="alert">{error}</p>;
  if (!items) return <p>正在加载自查条目…</p>;
  return <SelfCheck items={items} base={base} />;
}

/** The self-check journey: list of assessments → profile → check → result and action plan → report page. */
function SelfCheck({ items, base }: { items: CheckItem[]; base: string }) {
  const mounted = useMounted();
  const state = useStore($selfCheck);
  const current = useStore($current);
  const [creating, setCreating] = useState(false);
  const [step, setStep] = useState<Step>('check');

  if (!mounted) return <p>正在读取本机保存的自查记录…</p>;

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
            createAssessment(name, profile);
            setCreating(false);
            setStep('check');
          }}
        />
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
        <AssessmentList list={state.assessments} items={items} onNew={() => setCreating(true)} />
      </div>
    );
  }

  const modules = selectModules(items, current.profile);
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
            <a href={`${base}self-check/report/`}>4 报告</a>
          </li>
        </ul>
      </nav>
      {step === 'profile' && (
        <ProfileForm
          name={current.name}
          profile={current.profile}
          items={items}
          submitLabel="保存概况"
          onSubmit={(n, p) => {
            saveProfile(current.id, n, p);
            setStep('check');
          }}
        />
      )}
      {step === 'check' && <CheckStep a={current} modules={modules} base={base} />}
      {step === 'result' && <ResultStep a={current} items={items} base={base} />}
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
