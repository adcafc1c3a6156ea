import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { CheckoutLinksProvider } from '../../src/hooks';
import type { PartialMessages } from '../../src/messages';
import { createMemoryClient, type MemoryClientOptions } from '../../src/testing';

/** A test timeout for builder suites: role queries over a whole builder are slow in jsdom (the app is not). */
export const SLOW_DOM_QUERIES_MS = 20_000;

export interface RenderWithPolarOptions {
  /** Options of the memory client the provider gets (failures, latency, seed). */
  memory?: MemoryClientOptions;
  messages?: PartialMessages;
  locale?: string;
}

/** Renders `ui` inside a provider over a fresh in-memory Polar (the seeded catalogue), with a user-event session. */
export function renderWithPolar(ui: ReactElement, { memory, messages, locale }: RenderWithPolarOptions = {}) {
  const client = createMemoryClient(memory);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CheckoutLinksProvider client={client} messages={messages} locale={locale}>
      {children}
    </CheckoutLinksProvider>
  );
  const user = userEvent.setup({ delay: null });
  return { client, user, ...render(ui, { wrapper }) };
}
