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

type ToolbarConfig = NonNullable<GlobalTypes[string]['toolbar']>;

function toolbarMenu(title: string, icon: ToolbarConfig['icon'], description: string, items: ToolbarConfig['items']) {
  return { description, toolbar: { title, icon, dynamicTitle: true, items } };
}

export const globalTypes: GlobalTypes = {
  theme: toolbarMenu('Theme', 'mirror', 'Colour theme of the components (data-theme)', [
    { value: 'light', title: 'Light', icon: 'sun' },
    { value: 'dark', title: 'Dark', icon: 'moon' },
  ]),
  locale: toolbarMenu('Locale', 'globe', 'Language and number formats (Arabic is right-to-left)', [
    { value: 'en-US', title: 'English (US)' },
    { value: 'de-DE', title: 'Deutsch' },
    { value: 'ja-JP', title: '日本語' },
    { value: 'ar', title: 'العربية (RTL)' },
  ]),
  currency: toolbarMenu('Currency', 'credit', 'Currency of the in-memory catalogue', [
    { value: 'usd', title: 'USD' },
    { value: 'eur', title: 'EUR' },
    { value: 'jpy', title: 'JPY (no decimals)' },
  ]),
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
