import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeBenefit, makeFixedPrice, makeLegacyRecurringPrice } from '../../testing/fixtures';
import { BenefitList } from './BenefitList';
import { ProductPrice } from './ProductPrice';

describe('ProductCard parts on their own', () => {
  it('ProductPrice formats one price with its product interval and locale', () => {
    render(<ProductPrice price={makeFixedPrice({ price_currency: 'jpy', price_amount: 980 })} product={{ recurring_interval: 'year' }} locale="ja-JP" />);
    expect(screen.getByText('980円 per year')).toBeInTheDocument();
    // The amount stands out from the words around it.
    expect(screen.getByText('￥980').tagName).toBe('STRONG');
  });

  it('ProductPrice takes a legacy price interval from the price', () => {
    render(<ProductPrice price={makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 9900 })} />);
    expect(screen.getByText('99 US dollars per year')).toBeInTheDocument();
  });

  it('BenefitList renders nothing without a public benefit', () => {
    const { container } = render(<BenefitList benefits={[makeBenefit('custom', { visibility: 'draft' }), makeBenefit('custom', { is_deleted: true })]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('BenefitList shows every benefit up to its limit', () => {
    render(<BenefitList benefits={[makeBenefit('discord'), makeBenefit('github_repository')]} limit={1} messages={{ benefitsTitle: 'Enthalten' }} />);
    expect(screen.getByRole('list', { name: 'Enthalten' }).children).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show all 2 benefits' })).toBeInTheDocument();
  });
});
