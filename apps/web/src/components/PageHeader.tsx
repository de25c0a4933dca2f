import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router';

/**
 * The page's one h1. It takes focus when the page opens after a navigation, so keyboard and
 * screen-reader users land at the top of the new page and hear its name.
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) heading.current?.focus();
  }, []);
  return (
    <header className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children !== undefined && <p className="lede">{children}</p>}
    </header>
  );
}
