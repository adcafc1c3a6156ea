'use client';
import { useId, useState } from 'react';
import type { SharePanelMessages } from '../../messages';
import { CopyableField } from './CopyableField';
import { checkoutEmbedSnippet, type EmbedTheme } from './checkoutEmbedSnippet';
import { Heading, type HeadingLevel } from './Heading';

const themes: readonly EmbedTheme[] = ['light', 'dark'];

export interface EmbedSnippetProps {
  url: string;
  messages: SharePanelMessages;
  headingLevel: HeadingLevel;
}

/** The code that embeds the checkout on the host's site, in the chosen theme, shown as text. */
export function EmbedSnippet({ url, messages, headingLevel }: EmbedSnippetProps) {
  const [theme, setTheme] = useState<EmbedTheme>('light');
  const name = useId();
  return (
    <section className="pcl-share__section" aria-labelledby={`${name}-title`}>
      <Heading level={headingLevel} id={`${name}-title`} className="pcl-share__heading">
        {messages.embedTitle}
      </Heading>
      <fieldset className="pcl-choice">
        <legend className="pcl-label">{messages.embedThemeLabel}</legend>
        {themes.map((option) => (
          <label key={option} className="pcl-choice__option">
            <input type="radio" name={name} value={option} checked={theme === option} onChange={() => setTheme(option)} />
            {messages.themes[option]}
          </label>
        ))}
      </fieldset>
      <CopyableField
        label={messages.embedCodeLabel}
        description={messages.embedHelp}
        value={checkoutEmbedSnippet(url, theme, messages.embedButtonText)}
        copyLabel={messages.copyEmbedCode}
        messages={messages}
        multiline
      />
      <p className="pcl-note">{messages.embedHostsNote}</p>
    </section>
  );
}
