import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/Screen';

/** Honest placeholders for sections that are planned but not built yet. */
export function ComingScreen({ section }: { section: 'projects' }) {
  const { t } = useTranslation();
  const points = t(`coming.${section}.points`, { returnObjects: true }) as unknown as string[];
  return (
    <div className="screen">
      <div className="screen-main screen-scroll">
        <ScreenHeader title={t(`sections.${section}`)} />
        <EmptyState icon={section} title={t(`coming.${section}.title`)} testId={`${section}-coming`}>
          <p>{t(`coming.${section}.text`)}</p>
          <ul className="coming-points">
            {Array.isArray(points) ? points.map((point) => <li key={point}>{point}</li>) : null}
          </ul>
        </EmptyState>
      </div>
    </div>
  );
}
