import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotFound } from '../components/NotFound';
import { goHome, useRoute } from '../lib/navigate';
import { sectionOf, type Section as SectionName } from '../lib/route';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

// Each section's code is a chunk of its own, fetched the first time the section is opened.
const screens: Record<SectionName, LazyExoticComponent<ComponentType>> = {
  dashboard: lazy(() => import('./sections/dashboard')),
  calendar: lazy(() => import('./sections/calendar')),
  people: lazy(() => import('./sections/people')),
  organisations: named(() => import('../features/organisations/OrganisationsScreen'), 'OrganisationsScreen'),
  bodies: named(() => import('../features/bodies/BodiesScreen'), 'BodiesScreen'),
  actions: named(() => import('../features/outcomes/ActionsScreen'), 'ActionsScreen'),
  projects: named(() => import('../features/projects/ProjectsScreen'), 'ProjectsScreen'),
  settings: lazy(() => import('./sections/settings')),
};

/** While a section's code arrives the sidebar stays, and the main area says what is coming. */
function Opening({ section }: { section: SectionName }) {
  const { t } = useTranslation();
  return (
    <div className="screen" aria-busy="true">
      <div className="loading-note" role="status" data-testid="section-loading">
        {t('navigation.opening', { section: t(`sections.${section}`) })}
      </div>
    </div>
  );
}

/** The screen the address names, or "not found". */
export function Section() {
  const { t } = useTranslation();
  const route = useRoute();
  const section = sectionOf(route);
  if (!section) return route.page === 'notFound' ? <NotFound path={route.path} /> : null;
  const Screen = screens[section];
  return (
    <ErrorBoundary
      key={section}
      area={t(`sections.${section}`)}
      exit={section === 'dashboard' ? undefined : { label: t('errorBoundary.toDashboard'), run: goHome }}
    >
      <Suspense fallback={<Opening section={section} />}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}
