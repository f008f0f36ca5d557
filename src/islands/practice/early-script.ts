/**
 * Inline script of the practice page (not an island: src/data/practice-early.ts bundles it into the HTML head). The start
 * screen is rendered at build time and paints with the HTML, seconds before the island's code has arrived on a weak
 * signal; this keeps the first tap on a mode button (lib/practice/early-tap.ts), shows the button as pressed, and the
 * island opens that view once it is ready. It also marks <html> so the CSS shows the build-time screen only with
 * JavaScript on, and not on a deep link (?mode=…), where the island opens another view than the start screen.
 * The build-time screen's numbers (counts, the next question, exam settings) are those of a device without data: they
 * show only once this script knows the device holds none (practice-fresh); elsewhere their place stays blank until the
 * live screen brings the device's own, so no wrong count is ever shown and nothing moves.
 * On such a device a tap on 开始顺序练习 shows 顺序练习's first question at once, also rendered at build time
 * (PracticeFirstQuestion.tsx), at its own address; a choice made on it is kept for the island to judge, and Back or its
 * 返回 button bring the start screen back, Forward brings the question back, and its 提交答案 is kept with the ticks.
 */
import { EARLY_TAP_EVENT, EARLY_TAP_KEY, isTapAction, type EarlyTap } from '../../lib/practice/early-tap';
import { mayHoldData, RECORDS_CHANNEL } from '../../lib/storage/device-data';
import { bringIntoViewTop } from '../../lib/practice/bring-into-view';

const root = document.documentElement;
/** Set by another tab's first write seen here (below), which may land before the check of stored data answers. */
let written = false;
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
  if (!written && !mayHoldData(dbs, keys)) root.classList.add('practice-fresh');
})().catch(() => undefined);
// Another tab may store data after this check (a self-check begun, a question answered): from its first write the numbers
// and the first question of a device without data no longer apply, and the island opens this device's own view.
if (typeof BroadcastChannel === 'function') {
  const writes = new BroadcastChannel(RECORDS_CHANNEL);
  writes.onmessage = () => {
    written = true;
    root.classList.remove('practice-fresh');
    writes.close();
  };
}
const tap: EarlyTap = {};
window[EARLY_TAP_KEY] = tap;
const FIRST_OPEN = 'practice-first-open';
const first = () => document.querySelector<HTMLElement>('.practice-skeleton .practice-first');
/** The build-time card's 提交答案: static, so disabled until the script enables it for a choice. */
const submitButton = (box: HTMLElement) => box.querySelector<HTMLButtonElement>('article.question > button');
/** Shows the build-time first question in place of the start screen, at 顺序练习's address. */
function openFirst(box: HTMLElement, push = true) {
  if (push && box.dataset.href) history.pushState(null, '', box.dataset.href);
  if ('speechSynthesis' in window) box.querySelectorAll<HTMLElement>('button[data-speak]').forEach((b) => (b.hidden = false));
  root.classList.add(FIRST_OPEN);
  // Where the live card will put it (the same rule as useBringIntoView.ts; a drill has no sticky bar), so the island's
  // copy takes its place without a jump. Focus on the stem, for screen readers.
  const card = box.querySelector('article.question');
  const top = card ? bringIntoViewTop({ cardTop: card.getBoundingClientRect().top, scrollY, innerHeight, offset: 8 }) : undefined;
  if (top !== undefined) scrollTo({ top, behavior: 'instant' });
  box.querySelector<HTMLElement>('.stem')?.focus({ preventScroll: true });
}
/** Back to the start screen (Back, or the question's 返回 button): the next tap is kept afresh, on a blank card. */
function closeFirst() {
  root.classList.remove(FIRST_OPEN);
  delete tap.action;
  delete tap.answer;
  const box = first();
  if (!box) return;
  box.querySelectorAll<HTMLInputElement>('.options input').forEach((i) => (i.checked = false));
  lockFirst(box, false);
}
/**
 * The build-time card after its 提交答案 (locked: options fixed, “正在判题…” until the island judges them, as after a live
 * 提交), or open again. Either way 提交答案 is disabled: open, the card is blank, and a tick enables it (change, below).
 */
function lockFirst(box: HTMLElement, locked: boolean) {
  box.querySelectorAll<HTMLInputElement>('.options input').forEach((i) => (i.disabled = locked));
  const submit = submitButton(box);
  if (!submit) return;
  submit.disabled = true;
  if (locked) submit.setAttribute('aria-busy', 'true');
  else submit.removeAttribute('aria-busy');
  submit.textContent = locked ? '正在判题…' : '提交答案';
}
addEventListener('popstate', () => {
  if (tap.taken) return;
  const box = first();
  if (root.classList.contains(FIRST_OPEN)) {
    if (!location.search) closeFirst();
  } else if (
    box?.dataset.href &&
    location.pathname + location.search === box.dataset.href &&
    !tap.action &&
    root.classList.contains('practice-fresh')
  ) {
    // Forward after Back, still before the island: the question comes back at its address, kept afresh.
    tap.action = 'seq';
    openFirst(box, false);
    dispatchEvent(new Event(EARLY_TAP_EVENT));
  }
});
// Capture phase, on the document: the buttons are parsed after this script, and nothing else handles them yet.
document.addEventListener(
  'click',
  (e) => {
    if (tap.taken) return;
    const target = e.target instanceof Element ? e.target : null;
    if (root.classList.contains(FIRST_OPEN)) {
      const box = first();
      // The first question's 返回练习首页 (its other buttons wait for the island, which takes over within a second or two).
      if (target?.closest('.practice-first .row > button')) history.back();
      // Its 提交答案: the island judges the ticks as it arrives; until then nothing can be changed, as after a live 提交.
      const submit = box && submitButton(box);
      if (box && submit && !submit.disabled && target?.closest('button') === submit && tap.answer?.chosen.length) {
        tap.answer.submitted = true;
        lockFirst(box, true);
      }
      return;
    }
    if (tap.action) return;
    const el = target?.closest('.practice-skeleton button[data-tap]');
    if (!(el instanceof HTMLButtonElement) || el.disabled || !isTapAction(el.dataset.tap)) return;
    tap.action = el.dataset.tap;
    const box = first();
    if (tap.action === 'seq' && box && root.classList.contains('practice-fresh')) openFirst(box);
    else {
      el.setAttribute('aria-busy', 'true');
      el.textContent = '正在打开…';
    }
    dispatchEvent(new Event(EARLY_TAP_EVENT));
  },
  true,
);
// A choice on the build-time first question: the options ticked, by option index (data-opt), for the island to judge.
document.addEventListener('change', (e) => {
  const box = first();
  if (tap.taken || !box?.dataset.question || !(e.target instanceof HTMLInputElement) || !box.contains(e.target)) return;
  const ticked = box.querySelectorAll<HTMLInputElement>('.options input[data-opt]:checked');
  tap.answer = { question: box.dataset.question, chosen: Array.from(ticked, (i) => Number(i.dataset.opt)) };
  const submit = submitButton(box);
  if (submit) submit.disabled = ticked.length === 0;
});
