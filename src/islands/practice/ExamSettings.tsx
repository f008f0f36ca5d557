import type { TargetedEvent } from 'preact';
import { isOneOf } from '../../lib/one-of';
import { ROLES, type Role } from '../../lib/practice-link';
// In lib so the practice router draws a paper without loading this form.
import { EXAM_N, examCount } from '../../lib/practice/exam-count';
import { changeSettings } from '../../stores/practice';
import type { PracticeState } from '../../stores/practice';

type Settings = PracticeState['settings'];

/** The phone test's pass mark: 80 or 85 (local practice differs). */
export const PASS_MARKS = [80, 85] as const;
export const ROLE_LABELS: Record<Role, string> = {
  all: '全部题目',
  principal: '主要负责人（本行业判定标准和职责）',
  manager: '安全管理人员（另含现场检查细节）',
};

/** Mock-exam settings; out-of-range or empty input is clamped rather than saved as is. */
export default function ExamSettings({ settings, inert }: { settings: Settings; inert?: boolean }) {
  const num = (key: 'examN' | 'examMinutes', min: number, max: number) => (e: TargetedEvent<HTMLInputElement>) => {
    const n = Math.round(Number(e.currentTarget.value));
    changeSettings({ ...settings, [key]: Number.isFinite(n) && n > 0 ? Math.min(max, Math.max(min, n)) : settings[key] });
  };
  return (
    // inert on the build-time start screen: a change made there before the island is ready would be lost.
    <details inert={inert}>
      <summary>修改设置</summary>
      <div class="grid3">
        <label class="block">
          题量（{EXAM_N.min}–{EXAM_N.max}）
          <input
            type="number"
            min={EXAM_N.min}
            max={EXAM_N.max}
            value={examCount(settings)}
            onChange={num('examN', EXAM_N.min, EXAM_N.max)}
          />
        </label>
        <label class="block">
          限时（分钟）
          <input type="number" min={5} max={120} value={settings.examMinutes} onChange={num('examMinutes', 5, 120)} />
        </label>
      </div>
      <fieldset>
        <legend>合格线</legend>
        {PASS_MARKS.map((m) => (
          <label class="check" key={m}>
            <input
              type="radio"
              name="pass-mark"
              checked={settings.passMark === m}
              onChange={() => changeSettings({ ...settings, passMark: m })}
            />
            {m} 分
          </label>
        ))}
      </fieldset>
      <label class="block">
        题目范围
        <select
          value={settings.role ?? 'all'}
          onChange={(e) => {
            const role = e.currentTarget.value;
            if (isOneOf(ROLES, role)) changeSettings({ ...settings, role });
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={!!settings.strict} onChange={() => changeSettings({ ...settings, strict: !settings.strict })} />
        考场模式（答过的题离开后不能再改）
      </label>
    </details>
  );
}
