import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import './preview.css';
import { CheckoutLinksProvider, deMessages } from '../src/index';
import { StoryRoot } from './StoryRoot';
import { loadPolarClient, type PolarLoaded, type PolarStoryParameters } from './polarClient';
import { globalTypes, initialGlobals, readToolbar } from './toolbar';

/** Every story: inside the toolbar's theme root, and inside a provider on the story's client (see polarClient.ts). */
const withPolar: Decorator = (Story, { globals, loaded, parameters, viewMode }) => {
  const { theme, locale } = readToolbar(globals);
  const polar = (parameters.polar ?? {}) as PolarStoryParameters;
  const { polarClient } = loaded as PolarLoaded;
  return (
    <StoryRoot theme={theme} locale={locale} viewMode={viewMode === 'docs' ? 'docs' : 'story'}>
      {polar.provider === false ? (
        <Story />
      ) : (
        <CheckoutLinksProvider client={polarClient} locale={locale} messages={polar.messages ?? (locale === 'de-DE' ? deMessages : undefined)}>
          <Story />
        </CheckoutLinksProvider>
      )}
    </StoryRoot>
  );
};

const preview: Preview = {
  globalTypes,
  initialGlobals: { ...initialGlobals },
  loaders: [loadPolarClient],
  decorators: [withPolar],
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Introduction', '*'] } },
    // An axe violation fails the story's test (npm test, the Vitest "storybook" project).
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The theme toolbar paints the canvas; Storybook's own background switcher would fight it.
    backgrounds: { disable: true },
  },
  tags: ['autodocs'],
};

export default preview;
