// First: it prepares the stylesheet FullCalendar fills when it is imported.
import './lib/fullcalendar-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './app/styles';
import { startTheme } from './lib/theme';
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
