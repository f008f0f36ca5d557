import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../lib/storage/limits';
import { addOwnItem } from '../../stores/self-check';

const value = (ev: TargetedEvent<HTMLInputElement>) => ev.currentTarget.value;

/** 添加其他隐患: a hazard the catalogue does not list (name, basis, 一般/重大, note); it then gets a plan and a lifecycle. */
export default function OwnItemForm({ aid }: { aid: string }) {
  const [title, setTitle] = useState('');
  const [basis, setBasis] = useState('');
  const [severity, setSeverity] = useState<'gap' | 'major'>('gap');
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      class="card own-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        const r = addOwnItem(aid, { title, basis, severity, note });
        if (!r.ok) return setMsg({ ok: false, text: r.error });
        setMsg({ ok: true, text: `已添加“${title.trim()}”，请在下面填写整改计划。` });
        setTitle('');
        setBasis('');
        setNote('');
        setSeverity('gap');
      }}
    >
      <h4>添加其他隐患</h4>
      <p class="muted small">清单里没有、但现场发现的隐患，也可以记下来，同样整改、验收、销号，并打印进报告和台账。</p>
      <label class="block">
        隐患名称
        <input type="text" maxLength={LIMITS.ownTitle} value={title} onInput={(ev) => setTitle(value(ev))} />
      </label>
      <label class="block">
        依据（如标准条款，可不填）
        <input type="text" maxLength={LIMITS.ownBasis} value={basis} onInput={(ev) => setBasis(value(ev))} />
      </label>
      <fieldset class="answers">
        <legend>等级</legend>
        <label class="answer">
          <input type="radio" name={`own-severity-${aid}`} checked={severity === 'gap'} onChange={() => setSeverity('gap')} />
          一般隐患
        </label>
        <label class="answer">
          <input type="radio" name={`own-severity-${aid}`} checked={severity === 'major'} onChange={() => setSeverity('major')} />
          重大事故隐患
        </label>
      </fieldset>
      <label class="block">
        现场情况（可选）
        <input type="text" maxLength={LIMITS.note} value={note} onInput={(ev) => setNote(value(ev))} />
      </label>
      <button type="submit">添加这项隐患</button>
      {msg && (
        <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? undefined : 'error-text'}>
          {msg.text}
        </p>
      )}
    </form>
  );
}
