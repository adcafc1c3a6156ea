'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a copy stands: nothing yet, done, or failed (the text is then selected for the user). */
export type CopyStatus = 'idle' | 'copied' | 'failed';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Tries the fallback of browsers without the Clipboard API: select the text and ask for a copy. */
function copyBySelecting(field: TextField | null): boolean {
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies text with the Clipboard API; where that is missing or refused, selects the field's text
 * and tries the older copy command, so the user can at least copy it by hand. `status` goes back
 * to `idle` after a while, so copying again is announced again.
 */
export function useCopyToClipboard(resetAfterMs = 4000) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string, field: TextField | null) => {
      clearTimeout(timer.current);
      setStatus('idle');
      let copied = false;
      try {
        if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
          await navigator.clipboard.writeText(text);
          copied = true;
        }
      } catch {
        copied = false;
      }
      if (!copied) copied = copyBySelecting(field);
      setStatus(copied ? 'copied' : 'failed');
      if (copied) timer.current = setTimeout(() => setStatus('idle'), resetAfterMs);
    },
    [resetAfterMs],
  );

  return { status, copy };
}
