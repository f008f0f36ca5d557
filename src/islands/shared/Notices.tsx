import { useStore } from '@nanostores/preact';
import { $notices, dismissNotice } from '../../stores/persist';

/** Shows notices about saved data (corrupt data set aside, storage unavailable). */
export default function Notices() {
  const notices = useStore($notices);
  if (!notices.length) return null;
  return (
    <div role="alert" class="pending">
      {notices.map((n) => (
        <p key={n.id}>
          {n.text}{' '}
          <button type="button" class="secondary" onClick={() => dismissNotice(n.id)}>
            知道了
          </button>
        </p>
      ))}
    </div>
  );
}
