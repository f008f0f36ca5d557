/**
 * Inline script of the practice page (not an island: src/data/practice-early.ts bundles it into the HTML head). The start
 * screen is rendered at build time and paints with the HTML, seconds before the island's code has arrived on a weak
 * signal; this keeps the first tap on a mode button (lib/practice/early-tap.ts), shows the button as pressed, and the
 * island opens that view once it is ready. It also marks <html> so the CSS shows the build-time screen only with
 * JavaScript on, and not on a deep link (?mode=…), where the island opens another view than the start screen.
 * The build-time screen's numbers (counts, the next question, exam settings) are those of a device without data: they
 * show only once this script knows the device holds none (practice-fresh); elsewhere their place stays blank until the
 * live screen brings the device's own, so no wrong count is ever shown and nothing moves.
 */
import { EARLY_TAP_EVENT, EARLY_TAP_KEY, isTapAction, type EarlyTap } from '../../lib/practice/early-tap';
import { mayHoldData } from '../../lib/storage/device-data';

const root = document.documentElement;
root.classList.add('practice-js');
if (location.search) root.classList.add('practice-deep');
(async () => {
  // indexedDB.databases() answers without creating the database (opening it would). Where it is missing or refused,
  // the numbers stay blank: the device may hold data.
  const dbs = await indexedDB.databases();
  let keys: string[] = [];
  try {
    keys = Object.keys(localStorage);
  } catch {
    // localStorage refused (private mode): no first-release data can be read there either.
  }
  if (!mayHoldData(dbs, keys)) root.classList.add('practice-fresh');
})().catch(() => undefined);
const tap: EarlyTap = {};
window[EARLY_TAP_KEY] = tap;
// Capture phase, on the document: the buttons are parsed after this script, and nothing else handles them yet.
document.addEventListener(
  'click',
  (e) => {
    if (tap.taken || tap.action) return;
    const el = e.target instanceof Element ? e.target.closest('.practice-skeleton button[data-tap]') : null;
    if (!(el instanceof HTMLButtonElement) || el.disabled || !isTapAction(el.dataset.tap)) return;
    tap.action = el.dataset.tap;
    el.setAttribute('aria-busy', 'true');
    el.textContent = '正在打开…';
    dispatchEvent(new Event(EARLY_TAP_EVENT));
  },
  true,
);
