import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCheckoutLinks } from '../headless';
import { createMemoryClient, makeCheckoutLink } from '../testing';
import { providerWrapper } from '../../test/helpers/hookTesting';

afterEach(() => vi.restoreAllMocks());

const link = makeCheckoutLink({ label: 'Rendered on the server' });
const page = { items: [link], pagination: { total_count: 1, max_page: 1 } };

function Waiting() {
  const { items } = useCheckoutLinks({ limit: 5 }, { enabled: false });
  return <p>waiting: {items.map((item) => item.label).join(', ') || 'none'}</p>;
}

function Seeded() {
  const { items } = useCheckoutLinks({ limit: 5 }, { initialData: page, enabled: false });
  return <p>seeded: {items.map((item) => item.label).join(', ')}</p>;
}

describe('useQueryObserver', () => {
  it('never writes to the shared cache while rendering: initialData reaches other subscribers after the render', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const client = createMemoryClient();
    const Wrapper = providerWrapper(client);
    const { rerender } = render(
      <Wrapper>
        <Waiting />
      </Wrapper>,
    );
    expect(screen.getByText('waiting: none')).toBeInTheDocument();

    rerender(
      <Wrapper>
        <Waiting />
        <Seeded />
      </Wrapper>,
    );

    expect(screen.getByText('seeded: Rendered on the server')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('waiting: Rendered on the server')).toBeInTheDocument());
    const renderPhaseUpdates = consoleError.mock.calls.filter((call) => String(call[0]).includes('while rendering a different component'));
    expect(renderPhaseUpdates).toEqual([]);
    expect(client.calls).toEqual([]);
  });

  it('fetches once under StrictMode and follows a new key', async () => {
    const client = createMemoryClient({ links: [link] });
    function Links({ limit }: { limit: number }) {
      const { items, isPending } = useCheckoutLinks({ limit });
      return <p>{isPending ? 'loading' : `${items.length} of limit ${limit}`}</p>;
    }
    const Wrapper = providerWrapper(client);
    const { rerender } = render(
      <StrictMode>
        <Wrapper>
          <Links limit={5} />
        </Wrapper>
      </StrictMode>,
    );
    expect(await screen.findByText('1 of limit 5')).toBeInTheDocument();
    rerender(
      <StrictMode>
        <Wrapper>
          <Links limit={6} />
        </Wrapper>
      </StrictMode>,
    );
    expect(await screen.findByText('1 of limit 6')).toBeInTheDocument();
    expect(client.calls.map((call) => call.args[0])).toEqual([{ limit: 5 }, { limit: 6 }]);
  });
});
