// The page: a skip link, the navigation and the view the address names. After a change of view,
// focus moves to its heading so keyboard and screen-reader users start at the top of it.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { ArticleView } from '../article/article-view.js';
import { ConflictsView } from '../crosscheck/conflicts-view.js';
import { GroupsView } from '../crosscheck/groups-view.js';
import { FiguresView } from '../figures/figures-view.js';
import { PasteView } from '../paste/paste-view.js';
import type { Route } from '../router/parse-route.js';
import { useRoute } from '../router/use-route.js';
import { NavBar } from './nav-bar.js';

// The charts (Observable Plot) and the world map are most of the page's weight: they load when a
// view that draws them is opened, so pasting an article stays quick.
const GroupView = lazy(() => import('../crosscheck/group-view.js').then((m) => ({ default: m.GroupView })));
const MapView = lazy(() => import('../map/map-view.js').then((m) => ({ default: m.MapView })));

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const where = routeKey(route);
  // The view shown last: focus moves only when it changes, not on the first load (nor when
  // StrictMode runs the effect twice).
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = where;
    if (previous === null || previous === where) return;
    // The heading may arrive with the data: try now, then once more after the next paint. A view
    // that put focus somewhere itself (the article view on a linked figure) keeps it.
    const focus = () => {
      const active = document.activeElement;
      if (active && active !== main.current && main.current?.contains(active)) return;
      main.current?.querySelector<HTMLElement>('h1')?.focus();
    };
    focus();
    const t = setTimeout(focus, 300);
    return () => clearTimeout(t);
  }, [where]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <NavBar route={route} />
      <main id="main" ref={main} tabIndex={-1} className="main">
        <Suspense fallback={<p className="status" role="status">Loading…</p>}>
          <View route={route} />
        </Suspense>
      </main>
    </>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'paste': return <PasteView />;
    case 'article': return <ArticleView key={route.id} id={route.id} figure={route.figure} />;
    case 'figures': return <FiguresView params={route.params} />;
    case 'groups': return <GroupsView params={route.params} />;
    case 'group': return <GroupView key={route.id} id={route.id} />;
    case 'conflicts': return <ConflictsView />;
    case 'map': return <MapView />;
    case 'not-found': return <NotFound path={route.path} />;
  }
}

function NotFound({ path }: { path: string }) {
  return (
    <div>
      <h1 tabIndex={-1} className="view-title">Nothing here</h1>
      <p>No view is called “{path}”. Choose one above.</p>
    </div>
  );
}

const routeKey = (r: Route) => ('id' in r ? `${r.view}:${r.id}` : r.view);
