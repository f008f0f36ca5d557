import { changeSettings } from '../../stores/practice';
import type { PracticeState } from '../../stores/practice';

type Settings = PracticeState['settings'];
const FIELDS: { key: 'examN' | 'examMinutes' | 'passMark'; label: string; min: number; max: number }[] = [
  { key: 'examN', label: '题量', min: 5, max: 50 },
  { key: 'examMinutes', label: '限时（分钟）', min: 5, max: 120 },
  { key: 'passMark', label: '合格线', min: 50, max: 100 },
];

/** Mock-exam settings; out-of-range or empty input is clamped rather than saved as is. */
export default function ExamSettings({ settings }: { settings: Settings }) {
  return (
    <details>
      <summary>修改设置</summary>
      <div class="grid3">
        {FIELDS.map((f) => (
          <label class="block" key={f.key}>
            {f.label}
            <input
              type="number"
              min={f.min}
              max={f.max}
              value={settings[f.key]}
              onChange={(e) => {
                const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
                changeSettings({
                  ...settings,
                  [f.key]: Number.isFinite(n) && n > 0 ? Math.min(f.max, Math.max(f.min, n)) : settings[f.key],
                });
              }}
            />
          </label>
        ))}
      </div>
    </details>
  );
}
