import type { GlobalTypes, Globals } from 'storybook/internal/types';

/** The toolbar's choices; a story can pin one with `globals: { locale: 'ar' }`. */
export const themes = ['light', 'dark'] as const;
export const locales = ['en-US', 'de-DE', 'ja-JP', 'ar'] as const;
export const currencies = ['usd', 'eur', 'jpy'] as const;

export type StoryTheme = (typeof themes)[number];
export type StoryLocale = (typeof locales)[number];
export type StoryCurrency = (typeof currencies)[number];

/** What the toolbar currently selects, as the decorator and the client loader read it. */
export interface ToolbarSelection {
  theme: StoryTheme;
  locale: StoryLocale;
  currency: StoryCurrency;
}

export const initialGlobals: ToolbarSelection = { theme: 'light', locale: 'en-US', currency: 'usd' };

export const globalTypes: GlobalTypes = {
  theme: {
    description: 'Colour theme of the components (data-theme)',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
    },
  },
  locale: {
    description: 'Language and number formats (Arabic is right-to-left)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'en-US', title: 'English (US)' },
        { value: 'de-DE', title: 'Deutsch' },
        { value: 'ja-JP', title: '日本語' },
        { value: 'ar', title: 'العربية (RTL)' },
      ],
    },
  },
  currency: {
    description: 'Currency of the in-memory catalogue',
    toolbar: {
      title: 'Currency',
      icon: 'credit',
      dynamicTitle: true,
      items: [
        { value: 'usd', title: 'USD' },
        { value: 'eur', title: 'EUR' },
        { value: 'jpy', title: 'JPY (no decimals)' },
      ],
    },
  },
};

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** The toolbar selection out of Storybook's globals, falling back to the defaults for unknown values (e.g. a bad URL). */
export function readToolbar(globals: Globals): ToolbarSelection {
  return {
    theme: pick(themes, globals.theme, initialGlobals.theme),
    locale: pick(locales, globals.locale, initialGlobals.locale),
    currency: pick(currencies, globals.currency, initialGlobals.currency),
  };
}

/** Text direction of a locale: right-to-left for Arabic. */
export function textDirection(locale: StoryLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
