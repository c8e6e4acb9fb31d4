import { ImportWizard } from '../../features/import/ImportWizard';
import { PeopleScreen } from '../../features/people/PeopleScreen';

/** The directory of people, with the directory import. */
export default function People() {
  return <PeopleScreen ImportWizard={ImportWizard} />;
}
