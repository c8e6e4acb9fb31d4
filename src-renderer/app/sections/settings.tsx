import { ExchangeSettings } from '../../features/exchange/ExchangeSettings';
import { SettingsScreen } from '../../features/settings/SettingsScreen';
import { useRoute } from '../../lib/navigate';

export default function Settings() {
  const route = useRoute();
  return <SettingsScreen tab={route.page === 'settings' ? route.tab : 'general'} exchange={<ExchangeSettings />} />;
}
