import type { PracticeState } from '../../stores/practice';
import { zhDateTime } from '../../lib/dates';

type Attempt = PracticeState['attempts'][number];

interface Props {
  list: PracticeState['attempts'];
  onResume: (a: Attempt) => void;
  onDiscard: (id: string) => void;
}

const answered = (a: Attempt) => Object.values(a.answers).filter((x) => x.length).length;

/** Exams and trainer papers not yet submitted: each can be continued or abandoned; several can wait at once. */
export default function Attempts({ list, onResume, onDiscard }: Props) {
  if (!list.length) return null;
  return (
    <>
      {list.map((a) => {
        const label = a.kind === 'exam' ? '模拟考试' : `统一试卷（试卷码 ${a.seed}）`;
        return (
          <div key={a.id} class="pending" role="region" aria-label={`未交卷的${a.kind === 'exam' ? '模拟考试' : '统一试卷'}`}>
            <p>
              有一份未交卷的{label}：已答 {answered(a)}/{a.ids.length} 题，开始于 {zhDateTime(a.startedAt)}
              {a.minutes ? `，限时 ${a.minutes} 分钟（离开期间也计时）` : ''}。
            </p>
            <p class="row">
              <button type="button" onClick={() => onResume(a)}>
                {a.kind === 'exam' ? '继续考试' : '继续答题'}
              </button>
              <button type="button" class="secondary" onClick={() => window.confirm('放弃这份试卷？已答的题不计成绩。') && onDiscard(a.id)}>
                放弃
              </button>
            </p>
          </div>
        );
      })}
    </>
  );
}
