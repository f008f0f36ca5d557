import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { useStore } from '@nanostores/preact';
import type { CheckItem } from '../../lib/checks';
import { $current, $selfCheckLoaded, assessments } from '../../stores/self-check';
import Notices from '../shared/Notices';
import { useJson } from '../shared/useJson';
import { useSaved } from '../shared/useSaved';
import { ITEMS_ERROR, itemsUrl } from './items-url';
import ReportView from './ReportView';

/** The report page: the assessment named in the address (?id=), else the one open in this tab. */
export default function ReportApp() {
  const loaded = useSaved($selfCheckLoaded);
  const all = useStore(assessments.$items);
  const current = useStore($current);
  const { data: items, error } = useJson<CheckItem[]>(itemsUrl(), ITEMS_ERROR);
  if (error) return <p role="alert">{error}</p>;
  if (!items) return <p>正在加载自查条目…</p>;
  if (!loaded) return <p>正在读取本机保存的自查记录…</p>;
  const id = new URLSearchParams(location.search).get('id');
  const a = id ? all[id] : current;
  if (!a)
    return (
      <div>
        <Notices />
        <p>
          {id ? '本机没有找到这份自查记录（可能已删除，或是在另一台设备上）。' : '还没有打开的自查。'}请先到
          <a href={link(routes.selfCheck())}>企业自查</a>新建或选择一次自查。
        </p>
      </div>
    );
  return (
    <div>
      <Notices />
      <ReportView a={a} items={items} />
    </div>
  );
}
