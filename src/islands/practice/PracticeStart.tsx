import { link } from '../../lib/paths';
import { practiceQuery, type PracticeView } from '../../lib/practice-link';
import { routes } from '../../lib/routes';
import { $practice } from '../../stores/practice';
import PracticeHome from './PracticeHome';

/**
 * The practice start screen as the page renders it at build time (no client directive: zero JS of its own): what a
 * device with no saved data sees, so the mode buttons paint with the HTML. The page's inline script keeps a tap on it
 * for the island (lib/practice/early-tap.ts), which replaces this screen, in the same frame, by the view it opens or
 * by the live start screen with the device's own counts.
 */
export default function PracticeStart() {
  return (
    <PracticeHome
      skeleton
      bank={[]}
      complete={false}
      pool={[]}
      // Nothing is loaded on the server: the default state, the same for every device.
      state={$practice.get()}
      profile={null}
      counts={{ wrong: 0, due: 0, fav: 0, hard: 0 }}
      problems={[]}
      go={() => {}}
      href={(v: PracticeView) => link(routes.practiceView(practiceQuery(v)))}
    />
  );
}
