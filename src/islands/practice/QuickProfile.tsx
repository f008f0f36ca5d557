import { useStore } from '@nanostores/preact';
import { EMPTY_PROFILE, type Profile } from '../../lib/applicability';
import { isChosen, optionsOf, setChosen, type ProfileOption } from '../../lib/profile';
import { $practice, chooseQuickProfile } from '../../stores/practice';

/** The quick choice asks only what decides most questions; the rest is asked in the self-check's full profile. */
const GROUPS: { legend: string; options: ProfileOption[] }[] = [
  { legend: '行业', options: optionsOf('industries') },
  { legend: '专项', options: optionsOf('specials') },
  { legend: '本企业情况', options: [...optionsOf('contractors'), ...optionsOf('specialOps')] },
];

/**
 * A quick industry/special choice for "只练我企业适用的" when no self-check profile exists yet: the inside of the home's
 * 快速选择 box (PracticeHome renders the box and its summary, and loads this after the first render).
 */
export default function QuickProfile() {
  const quick = useStore($practice).quickProfile;
  const p: Profile = quick ?? EMPTY_PROFILE;
  const save = (next: Profile) =>
    chooseQuickProfile(next.industries.length || next.specials.length || next.contractors || next.specialOps ? next : null);
  return (
    <>
      {GROUPS.map((g) => (
        <fieldset key={g.legend}>
          <legend>{g.legend}</legend>
          {g.options.map((o) => (
            <label class="check" key={`${o.field}.${o.code}`}>
              <input type="checkbox" checked={isChosen(p, o)} onChange={() => save(setChosen(p, o, !isChosen(p, o)))} />
              {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <p class="muted">细分工艺（如铝加工深井铸造）和金属冶炼等情况，请在“企业自查”的企业概况中填写，练习会自动采用。</p>
    </>
  );
}
