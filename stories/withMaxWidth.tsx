import type { Decorator } from '@storybook/react-vite';

/** `parameters.maxWidth` of a story: its own width, over the one its component's `withMaxWidth` gives. */
export interface MaxWidthParameters {
  maxWidth?: number;
}

/**
 * Shows a component at the width it has on a page (a card in a grid, a panel in a dialog) instead of
 * stretched across the canvas: `width` pixels at most, or a width chosen from the story's args (e.g.
 * wider for a row layout). A story that needs more room sets `parameters.maxWidth`.
 */
export function withMaxWidth<TArgs>(width: number | ((args: TArgs) => number)): Decorator<TArgs> {
  return (Story, { args, parameters }) => {
    const own = (parameters as MaxWidthParameters).maxWidth;
    return (
      <div style={{ maxWidth: own ?? (typeof width === 'number' ? width : width(args)) }}>
        <Story />
      </div>
    );
  };
}

/** The width of a product card (or its skeleton) in a grid: wider in the row layout. */
export const cardWidth = ({ layout }: { layout?: 'card' | 'row' | 'compact' }) => (layout === 'row' ? 640 : 360);
