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
