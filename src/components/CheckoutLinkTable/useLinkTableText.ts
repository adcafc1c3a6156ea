'use client';
import { useMemo } from 'react';
import { useMessages } from '../../hooks';
import { defaultLinkTableMessages, mergeMessageGroup, type LinkListMessages, type LinkTableMessages } from '../../messages';

/** Every word of the table: the link list's (`messages.links`) and the table's own (`messages.linkTable`). */
export type LinkTableText = LinkListMessages & LinkTableMessages;

/** The provider's messages, and the table's words with the English defaults under any the provider gives. */
export function useLinkTableText() {
  const messages = useMessages();
  const own = mergeMessageGroup(defaultLinkTableMessages, messages.linkTable);
  const text = useMemo<LinkTableText>(() => ({ ...messages.links, ...own }), [messages.links, own]);
  return { messages, text };
}
