'use client';
import { Fragment, useId, useState } from 'react';
import type { ProductCardText } from './messages';

/** Longer descriptions are cut here (at a word boundary) until the buyer asks for the rest. */
const COLLAPSED_LENGTH = 280;
const COLLAPSE_FROM = 400;

function shorten(text: string): string {
  const cut = text.slice(0, COLLAPSED_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > COLLAPSED_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * A product description as plain text: blank lines separate paragraphs, single newlines break
 * lines. Polar's descriptions are Markdown-ish, but nothing is ever interpreted as markup. Each
 * paragraph takes the direction of its own text (`dir="auto"`), whatever the page's.
 */
export function ProductDescription({ description, messages }: { description: string; messages: ProductCardText }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const collapsible = description.length > COLLAPSE_FROM;
  const text = collapsible && !expanded ? shorten(description) : description;
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div className="pcl-product-card__description" data-state={collapsible ? (expanded ? 'open' : 'closed') : undefined}>
      <div id={collapsible ? id : undefined}>
        {paragraphs.map((paragraph, index) => (
          <p key={index} dir="auto">
            {paragraph.split('\n').map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {line}
              </Fragment>
            ))}
          </p>
        ))}
      </div>
      {collapsible ? (
        <button type="button" className="pcl-link-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((open) => !open)}>
          {expanded ? messages.showLessDescription : messages.showMoreDescription}
        </button>
      ) : null}
    </div>
  );
}
