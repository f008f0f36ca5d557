/**
 * The vault every island of this site shares (one per page), and what a page does when the browser keeps nothing:
 * a notice, and a warning before the page is closed or left with work that exists only in memory.
 */
import { MemoryBackend, openBackend } from './db';
import { raiseNotice } from './notices';
import { Vault } from './vault';

export const vault = new Vault(() => (typeof window === 'undefined' ? Promise.resolve(new MemoryBackend()) : openBackend()), {
  channel: true,
});

let warned = false;
/** Loads saved data; islands call it once they are mounted. */
export function startVault(): Promise<void> {
  const p = vault.start();
  if (!warned && typeof window !== 'undefined') {
    warned = true;
    void p.then(() => {
      if (vault.$persistent.get()) return;
      raiseNotice({
        id: 'no-storage',
        text: '此浏览器不允许本站保存数据（例如无痕模式或禁止了网站数据）：可以正常使用，但关闭或离开本页后记录不会保留。需要保留时请先“导出”。',
      });
      window.addEventListener('beforeunload', (e) => {
        if (vault.$unsaved.get()) e.preventDefault();
      });
    });
  }
  return p;
}
