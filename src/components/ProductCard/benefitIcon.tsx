'use client';
import type { JSX } from 'react';
import type { BenefitType } from '../../contract';

// Our own 16×16 stroke icons, one path each, drawn in currentColor.
const paths: Record<string, string> = {
  custom: 'M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2l-3.9 2.2.9-4.4-3.3-3 4.4-.5z',
  discord: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2zM5.5 7h.01M10.5 7h.01',
  github_repository: 'M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5M9 3l-2 10',
  downloadables: 'M8 2v8M4.5 6.5L8 10l3.5-3.5M2.5 13.5h11',
  license_keys: 'M10 2.5a3.5 3.5 0 1 1-2.9 5.4L2.5 12.5v1.5h2v-1.5h1.5V11l1.7-1.7M11 4.5h.01',
  meter_credit: 'M2.5 11a5.5 5.5 0 1 1 11 0M8 11l2.5-3.5M2.5 13.5h11',
  feature_flag: 'M3.5 14V2.5M3.5 3h8l-1.5 3 1.5 3h-8',
  slack_shared_channel: 'M6 2L4.5 14M11.5 2L10 14M2.5 5.5h11M2 10.5h11',
};
const fallbackPath = 'M3 8.5l3 3 7-7';

// Icons are the same for every benefit of a type: each is made once and shared, with no component
// of its own, so a page of cards renders five fewer components per card.
const icons = new Map<string, JSX.Element>();

/** The icon of a benefit type; a check mark for types this library does not know yet. Decorative. */
export function benefitIcon(type: BenefitType): JSX.Element {
  const path = (Object.hasOwn(paths, type) && paths[type]) || fallbackPath;
  let icon = icons.get(path);
  if (!icon) {
    icon = (
      <svg
        width="16"
        height="16"
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={path} />
      </svg>
    );
    icons.set(path, icon);
  }
  return icon;
}
