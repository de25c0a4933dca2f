import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A small history-API router: the app has a handful of flat routes, so a library would be more
// than it needs. `navigate` pushes a path; components read the current path with `usePath`.

const NAVIGATE_EVENT = 'amends:navigate';

let navigatedInApp = false;

/** True once the person has moved between pages, as opposed to having just opened the app. */
export function hasNavigated(): boolean {
  return navigatedInApp;
}

/** Treats what shows next as a new page (its heading takes focus), e.g. after a successful retry. */
export function markNavigated(): void {
  navigatedInApp = true;
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigatedInApp = true;
  });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = () => window.location.pathname;

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentPath()) return;
  navigatedInApp = true;
  if (options.replace === true) window.history.replaceState(null, '', path);
  else {
    window.history.pushState(null, '', path);
    // A new page starts at its top, as it would with an ordinary link.
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link that navigates in-app on a plain left click and behaves natively otherwise. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      navigate(to);
    },
    [onClick, to],
  );
  return <a href={to} onClick={handleClick} {...rest} />;
}
