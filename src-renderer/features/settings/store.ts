import { create } from 'zustand';

export const settingsTabs = ['general', 'data'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

/** Which part of Settings is open; the damaged-store notice opens Data and security directly. */
export const useSettingsView = create<{ tab: SettingsTab; setTab: (tab: SettingsTab) => void }>((set) => ({
  tab: 'general',
  setTab: (tab) => set({ tab }),
}));
