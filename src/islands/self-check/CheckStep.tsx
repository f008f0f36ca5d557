import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { useEffect, useState } from 'preact/hooks';
import type { Assessment, Module } from '../../lib/self-check';
import { ANSWERS, ANSWER_LABELS, type Answer } from '../../lib/self-check';
import { LIMITS } from '../../lib/storage/limits';
import { answerItem, clearAnswer, rememberPosition } from '../../stores/self-check';
import Counter from '../shared/Counter';
import { useLatest } from '../shared/useLatest';
import { LazyPhotoField as PhotoField } from './lazy-photos';

interface Props {
  a: Assessment;
  modules: Module[];
}

/** Items grouped by module with progress; answers 符合/不符合/设施失效/不适用/待核实 and a note; resumes where the user was. */
export default function CheckStep({ a, modules }: Props) {
  const start = modules.find((m) => m.id === a.position?.module)?.id ?? modules[0]?.id ?? '';
  const [moduleId, setModuleId] = useState(start);
  const mod = modules.find((m) => m.id === moduleId) ?? modules[0];
  // Resume at the saved item once, on mount: answering later moves the saved position but must not scroll.
  const savedItem = useLatest(a.position?.item);
  useEffect(() => {
    const target = savedItem.current && document.getElementById(`item-${savedItem.current}`);
    if (target) target.scrollIntoView({ block: 'center' });
  }, [savedItem]);
  if (!mod) return <p>按当前概况没有需要核对的条目，请先修改企业概况。</p>;
  const at = modules.indexOf(mod);
  const prev = modules[at - 1];
  const next = modules[at + 1];
  const done = (m: Module) => m.items.filter((i) => a.answers[i.id]).length;

  return (
    <div>
      <nav aria-label="检查模块">
        <ul class="tag-list">
          {modules.map((m) => (
            <li key={m.id}>
              <a
                href={`#module-${m.id}`}
                aria-current={m.id === mod.id ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setModuleId(m.id);
                  // Saved in the tap, not in an effect, so a reload straight after still opens this module.
                  rememberPosition(a.id, m.id, a.position?.module === m.id ? a.position.item : undefined);
                }}
              >
                {m.label} {done(m)}/{m.items.length}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h3 id={`module-${mod.id}`}>
        {mod.label}（已答 {done(mod)}/{mod.items.length}）
      </h3>
      <progress max={mod.items.length} value={done(mod)} aria-label={`${mod.label}进度`} />
      <ol class="check-items">
        {mod.items.map((item) => {
          const entry = a.answers[item.id];
          const foreign = entry ? undefined : a.foreign?.answers[item.id];
          const options = ANSWERS.filter((x) => x !== 'failed' || item.article14);
          return (
            <li key={item.id} id={`item-${item.id}`} class="card">
              <p class="clause">
                <a href={link(item.kind === 'criterion' ? routes.criterion(item.id) : routes.workPlanTask(item.task))}>{item.clause}</a>
                {item.kind === 'criterion' ? (
                  <span class="badge badge-danger">重大隐患条目</span>
                ) : (
                  <span class="badge badge-muted">工作要点义务</span>
                )}
              </p>
              <p class="statement">{item.statement}</p>
              <details>
                <summary>怎么查</summary>
                <ul>
                  {item.checks.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                {item.article14 && (
                  <p class="muted">本条涉及设施设备（{item.devices.join('、')}）：装了但失效或无效，也算重大事故隐患（第十四条）。</p>
                )}
              </details>
              {foreign && (
                <p class="pending">本条保存的答案“{foreign.answer}”是未知选项（由其他版本的本站保存），已原样保留；重新选择会替换它。</p>
              )}
              <fieldset class="answers">
                <legend class="visually-hidden">{item.clause} 的核对结果</legend>
                {options.map((ans: Answer) => (
                  <label key={ans} class={`answer answer-${ans}`}>
                    <input
                      type="radio"
                      name={`ans-${item.id}`}
                      checked={entry?.answer === ans}
                      onChange={() => {
                        answerItem(a.id, item.id, { answer: ans, note: entry?.note });
                        rememberPosition(a.id, mod.id, item.id);
                      }}
                    />
                    {ANSWER_LABELS[ans]}
                  </label>
                ))}
              </fieldset>
              {entry && (
                <>
                  <label class="block">
                    备注（可选）
                    <input
                      type="text"
                      maxLength={LIMITS.note}
                      value={entry.note ?? ''}
                      aria-describedby={`note-count-${item.id}`}
                      onInput={(e) => answerItem(a.id, item.id, { ...entry, note: e.currentTarget.value })}
                    />
                  </label>
                  <Counter id={`note-count-${item.id}`} value={entry.note ?? ''} max={LIMITS.note} />
                  <button type="button" class="secondary small" onClick={() => clearAnswer(a.id, item.id)}>
                    清除本条答案
                  </button>
                </>
              )}
              {/* Evidence whatever the answer: a 符合 can be photographed as much as a hazard. */}
              <PhotoField assessmentId={a.id} itemKey={item.id} label={item.clause} />
            </li>
          );
        })}
      </ol>
      <nav class="pager" aria-label="上一个和下一个模块">
        {prev ? (
          <button type="button" class="secondary" onClick={() => setModuleId(prev.id)}>
            ‹ 上一模块
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button
            type="button"
            onClick={() => {
              setModuleId(next.id);
              document.getElementById('sc-steps')?.scrollIntoView();
            }}
          >
            下一模块 ›
          </button>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
