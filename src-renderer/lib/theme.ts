import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const THEME_KEY = 'liaison.theme';
const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function savedPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(THEME_KEY);
    if (value === 'light' || value === 'dark' || value === 'system') return value;
  } catch {
    // Follow the OS.
  }
  return 'system';
}

const resolve = (preference: ThemePreference): Theme =>
  preference === 'system' ? (darkQuery?.matches ? 'dark' : 'light') : preference;

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
}

export const useTheme = create<ThemeState>((set) => {
  const preference = savedPreference();
  return {
    preference,
    theme: resolve(preference),
    setPreference(next) {
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // The choice lasts for this session only.
      }
      set({ preference: next, theme: resolve(next) });
    },
  };
});

/** Applies the theme now (before the first paint) and whenever the preference or the OS changes. */
export function startTheme(): void {
  apply(useTheme.getState().theme);
  useTheme.subscribe((state) => apply(state.theme));
  darkQuery?.addEventListener('change', () => {
    const { preference } = useTheme.getState();
    if (preference === 'system') useTheme.setState({ theme: resolve('system') });
  });
}
