import { create } from 'zustand';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export type ToastKind = 'success' | 'error' | 'info';

/** A button in the toast, such as "Undo"; running it dismisses the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}

interface ToastItem {
  id: number;
  kind: ToastKind;
  message: string;
  detail?: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: ToastItem[];
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) })),
}));

export function toast(kind: ToastKind, message: string, detail?: string, action?: ToastAction): void {
  const id = nextId++;
  useToasts.setState((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, message, detail, action }] }));
  // A toast that offers an action stays longer, so there is time to take it.
  setTimeout(() => useToasts.getState().dismiss(id), kind === 'error' ? 9000 : action ? 8000 : 4500);
}

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts">
      <div role="status" aria-live="polite" className="toasts-stack">
        {toasts
          .filter((item) => item.kind !== 'error')
          .map((item) => (
            <ToastView key={item.id} item={item} onDismiss={() => dismiss(item.id)} closeLabel={t('common.dismiss')} />
          ))}
      </div>
      <div role="alert" aria-live="assertive" className="toasts-stack">
        {toasts
          .filter((item) => item.kind === 'error')
          .map((item) => (
            <ToastView key={item.id} item={item} onDismiss={() => dismiss(item.id)} closeLabel={t('common.dismiss')} />
          ))}
      </div>
    </div>
  );
}

function ToastView({ item, onDismiss, closeLabel }: { item: ToastItem; onDismiss: () => void; closeLabel: string }) {
  return (
    <div className={`toast toast-${item.kind}`}>
      <Icon name={item.kind === 'success' ? 'check' : item.kind === 'error' ? 'alert' : 'info'} />
      <div className="toast-body">
        <div className="toast-message">{item.message}</div>
        {item.detail ? <div className="toast-detail">{item.detail}</div> : null}
      </div>
      {item.action ? (
        <button
          type="button"
          className="button button-quiet button-small toast-action"
          onClick={() => {
            onDismiss();
            item.action?.run();
          }}
        >
          {item.action.label}
        </button>
      ) : null}
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={closeLabel}>
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
