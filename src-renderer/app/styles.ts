/**
 * Every stylesheet loads at start, in the order they always had, even though the sections' code
 * loads later: features share classes (the calendar's kind badges show on the dashboard), and one
 * stylesheet keeps the cascade as it was. The features import their own sheets too; those land here.
 */
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/shell.css';
import '../components/DataTable.css';
import '../features/bodies/bodies.css';
import '../components/documents/documents.css';
import '../features/agenda/agenda.css';
import '../features/outcomes/actions.css';
import '../features/outcomes/outcomes.css';
import '../features/roster/roster.css';
import '../features/events/took-place.css';
import '../features/events/calendar.css';
import '../features/projects/projects.css';
import '../features/import/import.css';
import '../features/people/people.css';
import '../components/vault.css';
import '../features/settings/settings.css';
import '../features/vault/vault.css';
import '../features/palette/palette.css';
