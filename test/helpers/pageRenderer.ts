// Browser tests render as a host page does, with no act(): locators wait for what the user would wait for.
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

/**
 * Call at the top of a browser test file. The returned `render` mounts an element in a new `div` at
 * the end of `document.body`; after each test the root is unmounted and the `div` removed.
 */
export function createPageRenderer(): (element: ReactNode) => void {
  let root: Root | null = null;
  let host: HTMLElement | null = null;
  afterEach(() => {
    root?.unmount();
    host?.remove();
    root = host = null;
  });
  return (element) => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(element);
  };
}
