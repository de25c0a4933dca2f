import type { ReactNode } from 'react';

// Decorative line icons drawn on a 24-unit grid in the current text colour. They always sit next
// to a word, so they are hidden from screen readers.

const paths = {
  program: (
    <>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4.5" cy="6" r="1.5" />
      <circle cx="4.5" cy="12" r="1.5" />
      <circle cx="4.5" cy="18" r="1.5" />
    </>
  ),
  situation: (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
    </>
  ),
  notStarted: <circle cx="12" cy="12" r="8" strokeDasharray="3 3.2" />,
  started: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" stroke="none" />
    </>
  ),
  done: (
    <>
      <circle cx="12" cy="12" r="8.5" fill="currentColor" stroke="none" />
      <path d="m8.2 12.3 2.6 2.6 5-5.3" stroke="var(--icon-on-fill, #fff)" />
    </>
  ),
  check: <path d="m5 12.5 4.5 4.5L19 7.5" />,
  alert: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5v5.5" />
      <circle cx="12" cy="16.3" r=".6" fill="currentColor" />
    </>
  ),
  edit: <path d="M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16zM13.5 6.5l4 4" />,
  back: <path d="M15 5l-7 7 7 7" />,
  forward: <path d="M9 5l7 7-7 7" />,
  lock: (
    <>
      <rect x="5" y="10.5" width="14" height="9.5" rx="2.5" />
      <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" />
    </>
  ),
  hand: (
    <>
      <path d="M7 12.5V7.8a1.4 1.4 0 0 1 2.8 0v3.7M9.8 11V5.9a1.4 1.4 0 0 1 2.8 0V11M12.6 11V6.8a1.4 1.4 0 0 1 2.8 0V12" />
      <path d="M15.4 10.3a1.4 1.4 0 0 1 2.8 0v3.9c0 3.4-2.5 6.3-6 6.3h-.5c-2.1 0-3.6-.8-4.8-2.4L4.6 14.6a1.4 1.4 0 0 1 2.3-1.6l.1.2" />
    </>
  ),
  path: (
    <>
      <path d="M5 19c3-1 4-3.5 6-6.5S15.5 7 19 6" />
      <circle cx="5" cy="19" r="1.5" />
      <circle cx="19" cy="6" r="1.5" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className === undefined ? 'icon' : `icon ${className}`}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
