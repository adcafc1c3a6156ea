'use client';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** The provider's BCP 47 locale (`en-US` unless set). */
export function useLocale(): string {
  return useCheckoutLinksScope('useLocale').locale;
}
