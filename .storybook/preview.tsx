import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import './preview.css';
import { StoryRoot } from './StoryRoot';
import { globalTypes, initialGlobals, readToolbar } from './toolbar';

const withStoryRoot: Decorator = (Story, context) => {
  const { theme, locale } = readToolbar(context.globals);
  return (
    <StoryRoot theme={theme} locale={locale} viewMode={context.viewMode === 'docs' ? 'docs' : 'story'}>
      <Story />
    </StoryRoot>
  );
};

const preview: Preview = {
  globalTypes,
  initialGlobals: { ...initialGlobals },
  decorators: [withStoryRoot],
  parameters: {
    layout: 'padded',
    // An axe violation fails the story's test (npm test, the Vitest "storybook" project).
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The theme toolbar paints the canvas; Storybook's own background switcher would fight it.
    backgrounds: { disable: true },
  },
  tags: ['autodocs'],
};

export default preview;
