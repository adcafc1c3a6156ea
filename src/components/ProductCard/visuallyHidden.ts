import type { CSSProperties } from 'react';

/**
 * Hides text from sight but not from screen readers. Inline, so the spoken phrase stays hidden even
 * when the host does not load the stylesheet.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * The same for text a card repeats many times (every price's spoken phrase): the stylesheet's
 * `pcl-visually-hidden` does the full job, and two inline properties keep the text out of sight and
 * out of the layout without it. Six inline properties per phrase cost a page of cards a tenth of
 * its render time.
 */
export const visuallyHiddenProps = {
  className: 'pcl-visually-hidden',
  style: { position: 'absolute', clipPath: 'inset(50%)' },
} as const satisfies { className: string; style: CSSProperties };
