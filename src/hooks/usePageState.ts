'use client';
import { useCallback, useState } from 'react';

export interface PageStateOptions {
  /** The page to show (controlled); leave out to let the hook keep it. */
  page?: number;
  /** Called with the page the user asked for. */
  onPageChange?: (page: number) => void;
  /** When it changes (e.g. the search text), an uncontrolled page goes back to 1. */
  resetKey: unknown;
}

/** A 1-based page, controlled or kept here (the Radix `useControllableState` pattern). */
export function usePageState({ page, onPageChange, resetKey }: PageStateOptions): [number, (page: number) => void] {
  const [own, setOwn] = useState({ page: 1, resetKey });
  if (!Object.is(own.resetKey, resetKey)) setOwn({ page: 1, resetKey });
  const current = page ?? (Object.is(own.resetKey, resetKey) ? own.page : 1);
  const setPage = useCallback(
    (next: number) => {
      if (page === undefined) setOwn((state) => ({ ...state, page: next }));
      onPageChange?.(next);
    },
    [page, onPageChange],
  );
  return [current, setPage];
}
