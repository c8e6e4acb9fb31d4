import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IconName } from '../../components/Icon';
import type { AppErrorData } from '../../../src-shared/errors';
import { countryName } from '../../lib/countries';
import { matchesAll } from '../../lib/fold';
import { formatDate } from '../../lib/format';
import { bodyLabel, organisationLabel, useLookups } from '../../lib/lookups';
import { navigate, openBody, openEvent, openOrganisation, openPerson, openProject, openSection } from '../../lib/navigate';
import { sections } from '../../lib/route';
import { userToday } from '../../lib/time';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { lockNow } from '../../lib/vault';

export const groups = ['people', 'organisations', 'bodies', 'events', 'projects', 'indicators', 'commands'] as const;
export type Group = (typeof groups)[number];

export interface Result {
  /** Unique in the list: `<group>:<id>`. */
  key: string;
  group: Group;
  icon: IconName;
  label: string;
  detail?: string | undefined;
  run: () => void;
}

export interface Results {
  items: Result[];
  /** Some search is still under way. */
  searching: boolean;
  /** A search that failed, while the others still show. */
  error: AppErrorData | null;
}

const PER_GROUP = 5;
// Every event, past and future, the calendar could hold.
const ALL_TIME = { from: '1900-01-01T00:00:00.000Z', to: '2200-01-01T00:00:00.000Z' };

/**
 * What the palette offers for a query: records found by the same searches as the screens (the
 * service's accent-insensitive full text for people, organisations and events; the same folding
 * in the page for bodies, projects and indicators, which the app already holds), then commands.
 */
export function usePaletteResults(query: string, open: boolean): Results {
  const { t } = useTranslation();
  const typed = query.trim();
  const debounced = useDebounced(typed, 120);
  // Clearing the field is not a search: the commands come back at once.
  const q = typed ? debounced : '';
  const searching = open && q !== '';
  const people = useCall('people.list', searching ? { search: q, sort: 'relevance', limit: PER_GROUP } : null, { keep: true });
  const organisations = useCall('organisations.list', searching ? { search: q, limit: PER_GROUP } : null, { keep: true });
  // One letter would match most of the calendar; events wait for a second.
  const events = useCall('events.range', searching && q.length >= 2 ? { ...ALL_TIME, filter: { search: q } } : null, { keep: true });
  const portfolio = useCall('projects.portfolio', open ? { today: userToday() } : null);
  const bodies = useLookups((s) => s.bodies);

  const items = useMemo(() => {
    const list: Result[] = [];
    const projects = portfolio.data ?? [];
    if (q) {
      for (const p of people.data?.rows ?? []) {
        list.push({ key: `people:${p.id}`, group: 'people', icon: 'people', label: p.fullName, detail: [p.organisationName, countryName(p.countryCode, p.countryName)].filter(Boolean).join(', '), run: () => openPerson(p.id) });
      }
      for (const o of organisations.data?.rows ?? []) {
        list.push({ key: `organisations:${o.id}`, group: 'organisations', icon: 'organisations', label: organisationLabel(o), detail: countryName(o.countryCode, o.countryName) ?? undefined, run: () => openOrganisation(o.id) });
      }
      for (const b of bodies.filter((b) => matchesAll(q, b.name, b.acronym)).slice(0, PER_GROUP)) {
        list.push({ key: `bodies:${b.id}`, group: 'bodies', icon: 'bodies', label: bodyLabel(b), detail: t(`bodies.kinds.${b.kind}`), run: () => openBody(b.id) });
      }
      // The nearest to today first: the meeting being prepared rather than one from years ago.
      const now = Date.now();
      const nearest = [...(q.length >= 2 ? (events.data ?? []) : [])].sort((a, b) => Math.abs(Date.parse(a.startsAt) - now) - Math.abs(Date.parse(b.startsAt) - now));
      for (const e of nearest.slice(0, PER_GROUP)) {
        list.push({
          key: `events:${e.id}`,
          group: 'events',
          icon: 'calendar',
          label: e.title,
          detail: [formatDate(e.startsAt), t(`events.kinds.${e.kind}`), e.bodyName].filter(Boolean).join(' · '),
          run: () => openEvent(e.id),
        });
      }
      for (const p of projects.filter((p) => matchesAll(q, p.acronym, p.title)).slice(0, PER_GROUP)) {
        list.push({ key: `projects:${p.id}`, group: 'projects', icon: 'projects', label: p.acronym, detail: p.title, run: () => openProject(p.id) });
      }
      const indicators = projects.flatMap((p) => p.indicators.filter((i) => matchesAll(q, i.name, p.acronym)).map((i) => ({ project: p, indicator: i })));
      for (const { project, indicator } of indicators.slice(0, PER_GROUP)) {
        list.push({
          key: `indicators:${indicator.id}`,
          group: 'indicators',
          icon: 'flag',
          label: indicator.name,
          detail: t('palette.indicatorOf', { project: project.acronym }),
          run: () => openProject(project.id, 'dashboard', indicator.id),
        });
      }
    }
    const everyCommand: Result[] = [
      { key: 'commands:newEvent', group: 'commands', icon: 'plus', label: t('palette.commands.newEvent'), run: () => navigate({ page: 'calendar', action: 'new' }) },
      { key: 'commands:newPerson', group: 'commands', icon: 'plus', label: t('palette.commands.newPerson'), run: () => openPerson('new') },
      { key: 'commands:importIcs', group: 'commands', icon: 'upload', label: t('palette.commands.importIcs'), run: () => navigate({ page: 'calendar', action: 'import' }) },
      { key: 'commands:lock', group: 'commands', icon: 'lock', label: t('palette.commands.lock'), run: () => void lockNow() },
      ...sections.map(
        (section): Result => ({
          key: `commands:goTo:${section}`,
          group: 'commands',
          icon: 'chevronRight',
          label: t('palette.commands.goTo', { section: t(`sections.${section}`) }),
          run: () => openSection(section),
        }),
      ),
    ];
    const commands = everyCommand.filter((c) => !q || matchesAll(q, c.label));
    // One per project, so only when the query names the project (or the report).
    if (q) {
      const reports = projects
        .map((p) => ({ project: p, label: t('palette.commands.exportReport', { project: p.acronym }) }))
        .filter(({ project, label }) => matchesAll(q, label, project.title))
        .slice(0, PER_GROUP)
        .map(({ project, label }): Result => ({ key: `commands:report:${project.id}`, group: 'commands', icon: 'download', label, run: () => openProject(project.id, 'export') }));
      commands.push(...reports);
    }
    return list.concat(commands);
  }, [q, people.data, organisations.data, events.data, portfolio.data, bodies, t]);

  const calls = searching ? [people, organisations, ...(q.length >= 2 ? [events] : []), portfolio] : [];
  const pending = typed !== q || calls.some((c) => c.loading);
  // The list changes once per query, when every search has answered: what is highlighted when
  // Enter is pressed is what opens, not a result that arrived a moment later above it.
  const shown = useRef(items);
  if (!pending || !open) shown.current = items;
  return {
    items: shown.current,
    searching: pending,
    error: [...calls, portfolio].find((c) => c.error)?.error ?? null,
  };
}

