import { useState } from 'preact/hooks';
import type { Profile } from '../../lib/applicability';
import { INDUSTRIES, INDUSTRY_LABELS, SUB_SECTORS, SUB_SECTOR_INFO, type Industry, type SubSector } from '../../lib/taxonomy';
import type { CheckItem } from '../../lib/checks';
import { selectModules, type ForeignValues } from '../../lib/self-check';
import { LIMITS } from '../../lib/storage/limits';
import Counter from '../shared/Counter';

interface Props {
  name: string;
  profile: Profile;
  /** Values saved by another version of the site that this one does not know: shown, and kept when saving. */
  foreign?: ForeignValues | undefined;
  items: CheckItem[];
  submitLabel: string;
  onSubmit: (name: string, profile: Profile) => void;
}

const FLAGS: { key: 'metalSmelting' | 'contractors' | 'specialOps'; label: string; why: string }[] = [
  {
    key: 'metalSmelting',
    label: '金属冶炼企业',
    why: '第三条第（三）项（主要负责人、安全管理人员考核）只针对金属冶炼企业；工作要点对金属冶炼企业要求每月检查。',
  },
  { key: 'contractors', label: '有承包、承租单位在本单位作业或经营', why: '第三条第（一）项：对承包、承租单位要统一协调管理、定期检查。' },
  {
    key: 'specialOps',
    label: '有特种作业人员（电工、焊工、高处作业、制冷与空调、煤气等）',
    why: '第三条第（二）项：特种作业人员未持证上岗是重大事故隐患。',
  },
];
const SPECIAL_Q = [
  { key: 'dust', label: '存在粉尘爆炸危险（可燃性粉尘）', why: '第十一条10项只适用于存在粉尘爆炸危险的企业。' },
  { key: 'ammonia', label: '使用液氨制冷', why: '第十二条2项针对液氨制冷。' },
  { key: 'confined', label: '有硫化氢、一氧化碳等中毒风险的有限空间作业', why: '第十三条只针对有中毒风险的有限空间作业。' },
] as const;

/** The enterprise profile: each question says why it is asked; shows how many items apply before starting. */
export default function ProfileForm({ name: initialName, profile: initial, foreign, items, submitLabel, onSubmit }: Props) {
  const [name, setName] = useState(initialName);
  const [p, setP] = useState<Profile>(initial);
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  // Ask only about sub-sectors of the chosen industries and specials; keep ticked ones visible so they can be unticked.
  const chosen: readonly string[] = [...p.industries, ...p.specials];
  const subSectors = SUB_SECTORS.filter((s) => SUB_SECTOR_INFO[s].for.some((x) => chosen.includes(x)) || p.subSectors.includes(s));
  const count = selectModules(items, p).reduce((n, m) => n + m.items.length, 0);
  const major = selectModules(items, p).reduce((n, m) => n + m.items.filter((i) => i.kind === 'criterion').length, 0);

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
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <Counter id="name-count" value={name} max={LIMITS.name} />
      <fieldset>
        <legend>行业（可多选）</legend>
        <p class="why">判定标准第四至十条按行业列出47项；商贸企业没有行业专条，适用管理类和专项类。</p>
        {INDUSTRIES.map((i: Industry) => (
          <label class="check" key={i}>
            <input
              type="checkbox"
              checked={p.industries.includes(i)}
              onChange={() => setP({ ...p, industries: toggle(p.industries, i) })}
            />
            {INDUSTRY_LABELS[i]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>企业情况</legend>
        {FLAGS.map((f) => (
          <label class="check" key={f.key}>
            <input type="checkbox" checked={p[f.key]} onChange={() => setP({ ...p, [f.key]: !p[f.key] })} />
            {f.label}
            <span class="why">{f.why}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>专项（可多选）</legend>
        {SPECIAL_Q.map((s) => (
          <label class="check" key={s.key}>
            <input
              type="checkbox"
              checked={p.specials.includes(s.key)}
              onChange={() => setP({ ...p, specials: toggle(p.specials, s.key) })}
            />
            {s.label}
            <span class="why">{s.why}</span>
          </label>
        ))}
        {p.specials.includes('dust') && (
          <label class="check">
            <input type="checkbox" checked={p.dustWorkers30} onChange={() => setP({ ...p, dustWorkers30: !p.dustWorkers30 })} />
            30人以上的金属粉尘或木粉尘企业
            <span class="why">
              2024年工作要点第8项：这类企业要在2024年底前接入监测预警系统（期限已过，接入后要保持数据正常上传）。原文没有说明30人是指全部职工还是涉粉作业人员（待核实），拿不准时请向属地应急部门确认。
            </span>
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>细分工艺（有才选）</legend>
        <p class="why">有些条款只针对特定工艺，不选则这些条款不出现。这里只列出与已选行业、专项有关的工艺。</p>
        {subSectors.length === 0 && <p class="muted">按已选的行业和专项，没有需要补充的细分工艺。</p>}
        {subSectors.map((s: SubSector) => (
          <label class="check" key={s}>
            <input
              type="checkbox"
              checked={p.subSectors.includes(s)}
              onChange={() => setP({ ...p, subSectors: toggle(p.subSectors, s) })}
            />
            {SUB_SECTOR_INFO[s].label}
            <span class="why">{SUB_SECTOR_INFO[s].why}</span>
          </label>
        ))}
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
