import { useTranslation } from 'react-i18next';
import { Banner } from './Banner';
import { describeRenumbering, ordinal, type RenumberPreview } from '../lib/renumber';

/**
 * Above the save button of an event in a series: the number it gets and the meetings saving
 * renumbers. `confirm` is set once a save was held back for the user to check them.
 */
export function RenumberNotice({ preview, confirm }: { preview: RenumberPreview; confirm?: string | undefined }) {
  const { t } = useTranslation();
  const count = preview.renumbered.length;
  const thisOne = preview.number === null ? null : t('renumber.thisOne', { number: ordinal(preview.number) });
  if (!count) return thisOne ? <p className="renumber-note muted small" data-testid="renumber-note">{thisOne}</p> : null;
  return (
    <div className="renumber-notice" data-testid="renumber-notice">
      <Banner kind="warning" title={t('renumber.title', { count: count })}>
        <ul className="renumber-list">
          {preview.renumbered.map((r) => (
            <li key={r.eventId}>{describeRenumbering(r)}</li>
          ))}
        </ul>
        {thisOne ? <p>{thisOne}</p> : null}
        {confirm ? <p className="renumber-confirm">{confirm}</p> : null}
      </Banner>
    </div>
  );
}
