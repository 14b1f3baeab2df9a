// The visual half of an item's state; the spoken half is the visually hidden status text.
import type { ItemStatus } from '../../lib/journey/checklist';

export function StatusIcon({ status }: { status: ItemStatus }) {
  return (
    <svg class={`status-icon status-icon--${status}`} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {status === 'done' && (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="m5.8 10.3 2.8 2.8 5.6-6" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
      {status === 'current' && (
        <>
          <circle cx="10" cy="10" r="8" fill="#fff" stroke="currentColor" stroke-width="2" />
          <circle cx="10" cy="10" r="4" fill="currentColor" />
        </>
      )}
      {status === 'todo' && <circle cx="10" cy="10" r="8" fill="#fff" stroke="currentColor" stroke-width="1.6" />}
      {status === 'attention' && (
        <>
          <path d="M10 1.8 19 17.5H1Z" fill="currentColor" stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" />
          <path d="M10 7.2v4.6" stroke="#fff" stroke-width="2" stroke-linecap="round" />
          <circle cx="10" cy="14.6" r="1.15" fill="#fff" />
        </>
      )}
    </svg>
  );
}
