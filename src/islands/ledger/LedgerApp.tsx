import { useStore } from '@nanostores/preact';
import type { CheckItem } from '../../lib/checks';
import { link } from '../../lib/paths';
import { routes } from '../../lib/routes';
import { $assessments, $selfCheckLoaded } from '../../stores/self-check';
import { useJson } from '../shared/useJson';
import { useSaved } from '../shared/useSaved';
import { ITEMS_ERROR } from '../self-check/items-url';
import Ledger from './Ledger';
import '../../styles/hazards.css';

/** Entry point of the ledger page: waits for the items file and the saved assessments, then shows the ledger. */
export default function LedgerApp() {
  const loaded = useSaved($selfCheckLoaded);
  const { data: items, error } = useJson<CheckItem[]>(link(routes.selfCheckItems()), ITEMS_ERROR);
  const list = useStore($assessments);
  if (error) return <p role="alert">{error}</p>;
  if (!items || !loaded) return <p>正在读取本机保存的自查记录…</p>;
  return <Ledger list={list} items={items} />;
}
