'use client';
import { useId, useState } from 'react';
import { descriptionParagraphs } from './descriptionParagraphs';
import type { ProductCardText } from './messages';

/** Longer descriptions are cut here (at a word boundary) until the buyer asks for the rest. */
const COLLAPSED_LENGTH = 280;

function shorten(text: string): string {
  const cut = text.slice(0, COLLAPSED_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > COLLAPSED_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A long description, shortened behind "Show more" until the buyer asks for the rest. */
export function CollapsibleDescription({ description, messages }: { description: string; messages: ProductCardText }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  return (
    <div className="pcl-product-card__description" data-state={expanded ? 'open' : 'closed'}>
      <div id={id}>{descriptionParagraphs(expanded ? description : shorten(description))}</div>
      <button type="button" className="pcl-link-button" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((open) => !open)}>
        {expanded ? messages.showLessDescription : messages.showMoreDescription}
      </button>
    </div>
  );
}
