import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { Icon } from './Icon';

export interface SidePanelProps {
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  /** A wider panel for forms with rows of several controls. */
  wide?: boolean;
}

/** A docked panel beside a list for viewing and editing one item; the list stays usable. */
export function SidePanel({ title, subtitle, onClose, children, footer, testId, wide }: SidePanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    // Opening the panel puts the cursor in its first field, unless the user is already typing elsewhere.
    const active = document.activeElement;
    if (active && active !== document.body && active.matches('input, textarea, select')) return;
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  return (
    <aside ref={ref} className={wide ? 'side-panel is-wide' : 'side-panel'} role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid={testId}>
      <header className="side-panel-header">
        <div className="side-panel-heading">
          <h2 id={titleId} className="side-panel-title">
            {title}
          </h2>
          {subtitle ? <div className="side-panel-subtitle">{subtitle}</div> : null}
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.closePanel')} title={t('common.closeEsc')}>
          <Icon name="close" />
        </button>
      </header>
      <div className="side-panel-body">
        <ErrorBoundary area={title} placement="inline">
          {children}
        </ErrorBoundary>
      </div>
      {footer ? <footer className="side-panel-footer">{footer}</footer> : null}
    </aside>
  );
}
