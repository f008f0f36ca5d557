import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/applicability';
import type { CheckItem } from '../../lib/checks';
import { hideQuestion, hiddenByProfile } from '../../lib/profile-change';
import { isAsked, isChosen, optionsOf, setChosen, type ProfileOption } from '../../lib/profile';
import { hintsAfter, type ProfileHint } from '../../lib/profile-hints';
import { selectModules, type Assessment, type ForeignValues } from '../../lib/self-check';
import { LIMITS } from '../../lib/storage/limits';
import Counter from '../shared/Counter';

interface Props {
  name: string;
  profile: Profile;
  /** Values saved by another version of the site that this one does not know: shown, and kept when saving. */
  foreign?: ForeignValues | undefined;
  /** The open record, when editing one: unticking a box that hides its answered findings asks first. */
  assessment?: Assessment | undefined;
  items: CheckItem[];
  submitLabel: string;
  onSubmit: (name: string, profile: Profile) => void;
}

/** The enterprise profile: each question says why it is asked; shows how many items apply before starting. */
export default function ProfileForm({ name: initialName, profile: initial, foreign, assessment, items, submitLabel, onSubmit }: Props) {
  const [name, setName] = useState(initialName);
  const [p, setP] = useState<Profile>(initial);
  const [hints, setHints] = useState<ProfileHint[]>([]);
  const modules = selectModules(items, p);
  const count = modules.reduce((n, m) => n + m.items.length, 0);
  const major = modules.reduce((n, m) => n + m.items.filter((i) => i.kind === 'criterion').length, 0);

  const change = (next: Profile) => {
    // A hint stays only while its box is ticked and its suggestion is not; a newly ticked box may add one.
    setHints((hs) => [...hs.filter((h) => isChosen(next, h.when) && !isChosen(next, h.suggest)), ...hintsAfter(p, next)]);
    setP(next);
  };
  const onToggle = (o: ProfileOption, box: HTMLInputElement) => {
    const next = setChosen(p, o, box.checked);
    const question = !box.checked && assessment ? hideQuestion(hiddenByProfile({ ...assessment, profile: p }, items, next)) : undefined;
    // The box has already flipped in the page; put it back when the user keeps the answers in view.
    if (question && !window.confirm(question)) return void (box.checked = true);
    change(next);
  };
  // The reason sits beside the label, not in it, so the box is named by its label alone and the reason is its description.
  const box = (o: ProfileOption) => (
    <div class="check-option" key={`${o.field}.${o.code}`}>
      <label class="check">
        <input
          type="checkbox"
          checked={isChosen(p, o)}
          aria-describedby={`why-${o.field}-${o.code}`}
          onChange={(e) => onToggle(o, e.currentTarget)}
        />
        {o.label}
      </label>
      <span class="why" id={`why-${o.field}-${o.code}`}>
        {o.why}
      </span>
    </div>
  );
  const subSectors = optionsOf('subSectors').filter((o) => isAsked(p, o));

  return (
    <form
      class="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(name, p);
      }}
    >
      <label class="block">
        企业名称或检查范围（可不填）
        <input
          type="text"
          value={name}
          maxLength={LIMITS.name}
          aria-describedby="name-count"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <Counter id="name-count" value={name} max={LIMITS.name} />
      <fieldset>
        <legend>行业（可多选）</legend>
        <p class="why">判定标准第四至十条按行业列出47项；商贸企业没有行业专条，适用管理类和专项类。</p>
        {optionsOf('industries').map(box)}
      </fieldset>
      <fieldset>
        <legend>企业情况</legend>
        {(['metalSmelting', 'contractors', 'specialOps'] as const).flatMap(optionsOf).map(box)}
      </fieldset>
      <fieldset>
        <legend>专项（可多选）</legend>
        {[...optionsOf('specials'), ...optionsOf('dustWorkers30')].filter((o) => isAsked(p, o)).map(box)}
      </fieldset>
      <fieldset>
        <legend>细分工艺（有才选）</legend>
        <p class="why">有些条款只针对特定工艺，不选则这些条款不出现。这里只列出与已选行业、专项有关的工艺。</p>
        {subSectors.length === 0 && <p class="muted">按已选的行业和专项，没有需要补充的细分工艺。</p>}
        {subSectors.map(box)}
        <div aria-live="polite">
          {hints.map((h) => (
            <HintBox
              key={`${h.when.code}>${h.suggest.code}`}
              hint={h}
              onYes={() => change(setChosen(p, h.suggest, true))}
              onNo={() => setHints((hs) => hs.filter((x) => x !== h))}
            />
          ))}
        </div>
      </fieldset>
      {foreign && foreign.industries.length + foreign.specials.length + foreign.subSectors.length > 0 && (
        <p class="pending">
          未知选项（由其他版本的本站保存，本版本不认识，已原样保留）：
          {[...foreign.industries, ...foreign.specials, ...foreign.subSectors].join('、')}
        </p>
      )}
      <p class="note" role="status">
        按这个概况，共有 <strong>{count}</strong> 条需要核对，其中判定标准条目 <strong>{major}</strong> 条、工作要点义务 {count - major}{' '}
        条。
      </p>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

/** Asks whether to tick a box that a choice suggests, with the reason; nothing is ticked without a yes. */
function HintBox({ hint, onYes, onNo }: { hint: ProfileHint; onYes: () => void; onNo: () => void }) {
  const id = `hint-${hint.suggest.code}`;
  return (
    <div class="note" role="group" aria-labelledby={id}>
      <p id={id}>
        <strong>
          选了“{hint.when.label}”，是否也选“{hint.suggest.label}”？
        </strong>
      </p>
      <p>{hint.why}</p>
      <p class="row">
        <button type="button" onClick={onYes}>
          是，也选上
        </button>
        <button type="button" class="secondary" onClick={onNo}>
          不是，不选
        </button>
      </p>
    </div>
  );
}
