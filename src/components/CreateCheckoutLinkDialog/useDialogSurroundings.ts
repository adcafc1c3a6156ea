'use client';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** What a portalled dialog carries over from the element that opened it. */
export interface DialogSurroundings {
  'data-theme'?: string;
  dir?: string;
  lang?: string;
}

/** The theme, direction and language around `opener`, for a dialog rendered elsewhere (a portal). */
export function useDialogSurroundings(opener: RefObject<HTMLElement | null>): DialogSurroundings {
  const [around, setAround] = useState<DialogSurroundings>({});
  useLayoutEffect(() => {
    const element = opener.current;
    setAround({
      'data-theme': element?.closest<HTMLElement>('[data-theme]')?.dataset.theme,
      dir: element?.closest<HTMLElement>('[dir]')?.dir || undefined,
      lang: element?.closest<HTMLElement>('[lang]')?.lang || undefined,
    });
  }, [opener]);
  return around;
}
