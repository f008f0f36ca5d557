import type { CheckItem } from '../../lib/checks';

/** The items answered 待核实, listed by clause. */
export default function OpenItems({ items }: { items: CheckItem[] }) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i.id}>
          {i.clause} {i.title}
        </li>
      ))}
    </ul>
  );
}
