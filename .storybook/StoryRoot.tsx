import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { textDirection, type StoryLocale, type StoryTheme } from './toolbar';

export interface StoryRootProps {
  theme: StoryTheme;
  locale: StoryLocale;
  /** `story` when the story fills the canvas page, `docs` when it is one block on a docs page. */
  viewMode: 'story' | 'docs';
  children: ReactNode;
}

/**
 * The element every story renders in: a theme root (`pcl-root`) with the toolbar's `data-theme`,
 * `lang` and `dir`. The canvas around it (the page in story mode, the story's block on a docs page)
 * takes the same theme and the theme's background, so a dark story does not sit on a white page.
 */
export function StoryRoot({ theme, locale, viewMode, children }: StoryRootProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const dir = textDirection(locale);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const canvas = viewMode === 'docs' ? root.closest<HTMLElement>('.docs-story') : document.body;
    if (!canvas) return;
    canvas.dataset.theme = theme;
    canvas.style.colorScheme = theme;
    canvas.style.backgroundColor = getComputedStyle(root).backgroundColor;
    // Dialogs portal into <body>; in story mode they must read the same language and direction.
    if (viewMode === 'story') {
      canvas.lang = locale;
      canvas.dir = dir;
    }
    return () => {
      delete canvas.dataset.theme;
      canvas.style.colorScheme = '';
      canvas.style.backgroundColor = '';
      if (viewMode === 'story') {
        canvas.removeAttribute('lang');
        canvas.removeAttribute('dir');
      }
    };
  }, [theme, locale, dir, viewMode]);

  return (
    <div ref={rootRef} className="pcl-root story-root" data-theme={theme} lang={locale} dir={dir}>
      {children}
    </div>
  );
}
