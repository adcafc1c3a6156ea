import { Fragment, type ReactNode } from 'react';

/**
 * Plain text as paragraphs: blank lines separate them, single newlines break lines. Polar's
 * descriptions are Markdown-ish, but nothing is ever read as markup. Each paragraph takes the
 * direction of its own text (`dir="auto"`), whatever the page's.
 */
export function descriptionParagraphs(text: string): ReactNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph, index) => (
      <p key={index} dir="auto">
        {paragraph.split('\n').map((line, lineIndex) => (
          <Fragment key={lineIndex}>
            {lineIndex > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </p>
    ));
}
