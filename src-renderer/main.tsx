// First: it prepares the stylesheet FullCalendar fills when it is imported.
import './lib/fullcalendar-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './app/styles';
import { toast } from './components/Toast';
import { offerSystemLanguage, startLanguage } from './lib/locale';
import { startTheme } from './lib/theme';
import { Shell } from './app/Shell';
import { VaultGate } from './features/vault/VaultGate';

startTheme();

// The chosen language's catalog is read before the first paint: no screen flashes in English first.
void startLanguage()
  .catch((error: unknown) => console.error(error))
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <VaultGate>
          <Shell />
        </VaultGate>
      </StrictMode>,
    ),
  )
  .then(() => offerSystemLanguage((message, action) => toast('info', message, undefined, action)));
