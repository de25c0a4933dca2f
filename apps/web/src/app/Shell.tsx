import type { ReactNode } from 'react';
import { Icon } from '../components/Icon';
import type { Destination } from './destinations';
import { Link } from './router';

function Brand() {
  return (
    <span className="brand">
      <span className="brand-mark" aria-hidden="true" />
      Amends
    </span>
  );
}

interface ShellProps {
  /** Navigation destinations; none while onboarding. */
  destinations?: readonly Destination[];
  currentPath?: string;
  children: ReactNode;
}

/** The page frame: skip link, a slim top bar on phones, the navigation (tab bar or side bar) and main. */
export function Shell({ destinations = [], currentPath, children }: ShellProps) {
  const hasNav = destinations.length > 0;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={hasNav ? 'shell shell-with-nav' : 'shell'}>
        <header className="topbar">
          <Brand />
        </header>
        {hasNav && (
          <nav className="nav" aria-label="Main">
            <div className="nav-brand">
              <Brand />
            </div>
            <ul className="nav-list">
              {destinations.map((destination) => (
                <li key={destination.path}>
                  <Link
                    to={destination.path}
                    className="nav-link"
                    aria-current={destination.path === currentPath ? 'page' : undefined}
                  >
                    <Icon name={destination.icon} />
                    <span>{destination.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="nav-note">
              <Icon name="lock" />
              Private. Stored on this computer.
            </p>
          </nav>
        )}
        <main id="main" tabIndex={-1} className="main">
          <div className="content">{children}</div>
        </main>
      </div>
    </>
  );
}
