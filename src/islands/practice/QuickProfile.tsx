import { useStore } from '@nanostores/preact';
import { EMPTY_PROFILE, type Profile } from '../../lib/applicability';
import { INDUSTRIES, INDUSTRY_LABELS, SPECIALS, SPECIAL_LABELS } from '../../lib/taxonomy';
import { $practice, chooseQuickProfile } from '../../stores/practice';
import { $assessments } from '../../stores/self-check';

/** A quick industry/special choice for "只练我企业适用的" when no self-check profile exists yet. */
export default function QuickProfile() {
  const hasSelfCheck = useStore($assessments).length > 0;
  const quick = useStore($practice).quickProfile;
  if (hasSelfCheck) return null;
  const p: Profile = quick ?? EMPTY_PROFILE;
  const toggle = <T,>(list: readonly T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const save = (next: Profile) =>
    chooseQuickProfile(next.industries.length || next.specials.length || next.contractors || next.specialOps ? next : null);
  return (
    <details class="quick-profile">
      <summary>快速选择本企业的行业和专项（未做自查时用）</summary>
      <fieldset>
        <legend>行业</legend>
        {INDUSTRIES.map((i) => (
          <label class="check" key={i}>
            <input
              type="checkbox"
              checked={p.industries.includes(i)}
              onChange={() => save({ ...p, industries: toggle(p.industries, i) })}
            />
            {INDUSTRY_LABELS[i]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>专项</legend>
        {SPECIALS.map((sp) => (
          <label class="check" key={sp}>
            <input type="checkbox" checked={p.specials.includes(sp)} onChange={() => save({ ...p, specials: toggle(p.specials, sp) })} />
            {SPECIAL_LABELS[sp]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>本企业是否有</legend>
        <label class="check">
          <input type="checkbox" checked={p.contractors} onChange={() => save({ ...p, contractors: !p.contractors })} />
          承包、承租单位在本单位作业或经营
        </label>
        <label class="check">
          <input type="checkbox" checked={p.specialOps} onChange={() => save({ ...p, specialOps: !p.specialOps })} />
          特种作业人员（电工、焊工等）
        </label>
      </fieldset>
      <p class="muted">细分工艺（如铝加工深井铸造）和金属冶炼等情况，请在“企业自查”的企业概况中填写，练习会自动采用。</p>
    </details>
  );
}
