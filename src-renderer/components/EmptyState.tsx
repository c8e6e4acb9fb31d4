import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState(props: { icon: IconName; title: string; children?: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" role="status" data-testid={props.testId}>
      <div className="empty-state-icon">
        <Icon name={props.icon} size={28} />
      </div>
      <h2 className="empty-state-title">{props.title}</h2>
      {props.children ? <div className="empty-state-text">{props.children}</div> : null}
      {props.actions ? <div className="empty-state-actions">{props.actions}</div> : null}
    </div>
  );
}
