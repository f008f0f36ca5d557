import type { BankQuestion } from '../../lib/practice/bank';
import { link } from '../../lib/paths';
import { practiceQuery } from '../../lib/practice-link';
import { routes } from '../../lib/routes';
import Drill from './Drill';

interface Props {
  /** The bank's first chunk: the first questions of 顺序练习 on a device without a profile (the bank is in that order). */
  first: BankQuestion[];
  /** Questions in the whole bank. */
  total: number;
}

/**
 * 顺序练习's first question as the page renders it at build time (no client directive): what 开始顺序练习 opens on a
 * device without saved data. The page's inline script shows it at the tap on such a device, so the question can be read
 * while the island's code is still on its way; a choice made on it meanwhile is kept and judged by the island, whose
 * live drill then takes its place in the same frame. Its markup is the live drill's, as it first renders while the rest
 * of the bank arrives (PracticeApp.tsx: the list loaded so far, the bank's total).
 */
export default function PracticeFirstQuestion({ first, total }: Props) {
  const noop = () => {};
  return (
    <div class="practice-first" data-href={link(routes.practiceView(practiceQuery({ kind: 'seq', i: 0 })))} data-question={first[0]?.id}>
      <Drill title="顺序练习" list={first} total={total} index={0} onIndex={noop} onExit={noop} onWrongBook={noop} />
    </div>
  );
}
