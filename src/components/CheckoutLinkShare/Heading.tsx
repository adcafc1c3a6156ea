'use client';
import type { HTMLAttributes } from 'react';

/** A heading level a component's title can take, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** An `h2`–`h6` by number. */
export function Heading({ level, ...props }: HTMLAttributes<HTMLHeadingElement> & { level: HeadingLevel }) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
