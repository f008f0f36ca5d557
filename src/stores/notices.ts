/**
 * Notices about saved data for the UI to show: storage unavailable, a write that failed, a record set aside, a newer
 * version open in another tab. A notice can carry actions, so the user can act at once (reload, copy or download the
 * data that could not be kept).
 */
import { atom } from 'nanostores';

export interface Notice {
  id: string;
  text: string;
  /** 'alert' for something that was not saved; 'info' otherwise. */
  level?: 'alert' | 'info';
  /** Shown floating at the bottom of the screen (work just lost from view), not only at the top of the tool. */
  urgent?: boolean;
  /** Offer to reload the page (a newer version is open). */
  reload?: boolean;
  /** Data to offer for copying and downloading at once, when it could not be kept anywhere. */
  rescue?: { text: string; fileName: string };
}

/** The notices being shown. */
export const $notices = atom<Notice[]>([]);

/** Shows a notice; one with the same id is replaced, so a repeated failure does not stack up. */
export function raiseNotice(n: Notice) {
  $notices.set([...$notices.get().filter((x) => x.id !== n.id), n]);
}

/** Dismisses a notice. */
export function dismissNotice(id: string) {
  $notices.set($notices.get().filter((n) => n.id !== id));
}
