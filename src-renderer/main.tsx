// First: it prepares the stylesheet FullCalendar fills when it is imported.
import './app/fullcalendar-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/theme.css';
import './styles/base.css';
import './styles/components.css';
import './styles/shell.css';
import { startTheme } from './app/theme';
import { Shell } from './app/Shell';
import { VaultGate } from './features/vault/VaultGate';

startTheme();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VaultGate>
      <Shell />
    </VaultGate>
  </StrictMode>,
);
