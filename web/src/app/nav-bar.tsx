// The views, reachable from every page; the current one is marked for sight and screen readers.
import type { Route } from '../router/parse-route.js';
import { hrefFor } from '../router/parse-route.js';

const LINKS: readonly { href: string; label: string; views: readonly Route['view'][] }[] = [
  { href: hrefFor.paste(), label: 'Paste an article', views: ['paste', 'article'] },
  { href: hrefFor.figures(), label: 'Figures', views: ['figures'] },
  { href: hrefFor.groups(), label: 'Cross-check', views: ['groups', 'group'] },
  { href: hrefFor.conflicts(), label: 'Conflicts', views: ['conflicts'] },
  { href: hrefFor.map(), label: 'Map', views: ['map'] },
];

export function NavBar({ route }: { route: Route }) {
  return (
    <nav className="nav-bar" aria-label="Views">
      <a className="brand" href={hrefFor.paste()}>crosscheck</a>
      <ul className="nav-links">
        {LINKS.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={l.views.includes(route.view) ? 'page' : undefined}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
