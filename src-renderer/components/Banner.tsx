import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** An inline message inside a screen or panel (errors, conflicts, notices). */
export function Banner(props: { kind: 'error' | 'warning' | 'info'; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className={`banner banner-${props.kind}`} role={props.kind === 'info' ? 'status' : 'alert'}>
      <Icon name={props.kind === 'info' ? 'info' : 'alert'} />
      <div className="banner-body">
        <div className="banner-title">{props.title}</div>
        {props.children ? <div className="banner-text">{props.children}</div> : null}
        {props.actions ? <div className="banner-actions">{props.actions}</div> : null}
      </div>
    </div>
  );
}
