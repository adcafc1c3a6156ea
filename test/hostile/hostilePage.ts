import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { setPageTraps, unsafeMarkup, type PageTraps } from './pageTraps';

/** What a hostile-data suite counts, for the line it prints. */
export interface HostileTally {
  renders: number;
  pressed: number;
  typed: number;
}

export interface HostilePage {
  traps(): PageTraps;
  tally: HostileTally;
  /** Renders into a fresh container (removed after the test) and returns it. */
  render(element: ReactNode): HTMLElement;
  /** Scans the whole body (dialogs render in portals) and keeps what it finds. */
  inspect(): void;
  /** Waits for late effects (image errors, frames loading), scans once more, and asserts nothing happened. */
  expectInert(): Promise<void>;
}

// Long enough for an image to fail and its handler to run, or a frame to load.
const SETTLE_MS = 300;

/**
 * Sets traps in the page for the whole file, renders each test's tree in its own container, and
 * prints `summary(tally, incidents, findings)` at the end.
 */
export function useHostilePage(summary: (tally: HostileTally, incidents: number, findings: number) => string): HostilePage {
  let traps: PageTraps | undefined;
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  const findings: string[] = [];
  const tally: HostileTally = { renders: 0, pressed: 0, typed: 0 };

  beforeAll(() => {
    traps = setPageTraps();
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    container?.remove();
  });
  afterAll(() => {
    console.log(summary(tally, traps?.incidents().length ?? 0, findings.length));
    traps?.remove();
  });

  const inspect = () => void findings.push(...unsafeMarkup(document.body));

  return {
    traps: () => {
      if (!traps) throw new Error('The traps are set before the first test.');
      return traps;
    },
    tally,
    render(element) {
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
      root.render(element);
      tally.renders += 1;
      return container;
    },
    inspect,
    async expectInert() {
      await new Promise((settle) => setTimeout(settle, SETTLE_MS));
      inspect();
      expect(traps?.incidents()).toEqual([]);
      expect(findings).toEqual([]);
    },
  };
}
