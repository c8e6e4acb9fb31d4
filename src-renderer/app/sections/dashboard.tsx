import { DashboardScreen } from '../../features/dashboard/DashboardScreen';
import { TookPlaceCard } from '../../features/events/TookPlaceCard';
import { OpenActionsCard } from '../../features/outcomes/OpenActionsCard';
import { BehindCard } from '../../features/projects/BehindCard';

/** The dashboard, with the cards other features put on it. */
export default function Dashboard() {
  return (
    <DashboardScreen
      attention={<TookPlaceCard />}
      more={
        <>
          <OpenActionsCard />
          <BehindCard />
        </>
      }
    />
  );
}
