// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors } from '../../test/contractExpectations';
import { checkoutLinkProduct2026, fixedPrice2025, freePrice2025, media2026, product2026, publicBenefit2025 } from '../../test/wireExamples';
import { productMediaSchema } from './media';
import { productSchema } from './product';

describe('productSchema', () => {
  it('parses a product as /v1/products returns it (2026-10)', () => {
    expectParsedUnchanged(productSchema, product2026(), ['2026-10', 'Product']);
  });

  it('parses a product as a 2026-10 checkout link embeds it', () => {
    expectParsedUnchanged(productSchema, checkoutLinkProduct2026(), ['2026-10', 'CheckoutLinkProduct']);
  });

  it('parses a product of the 2025 document, without the fields 2026-10 added', () => {
    const {
      visibility: _visibility,
      trial_interval: _trialInterval,
      trial_interval_count: _trialCount,
      recurring_interval_count: _intervalCount,
      meter_interval: _meterInterval,
      meter_interval_count: _meterCount,
      ...product
    } = checkoutLinkProduct2026();
    const of2025 = { ...product, prices: [fixedPrice2025(), freePrice2025()], benefits: [publicBenefit2025('downloadables')] };
    expectParsedUnchanged(productSchema, of2025, ['2025-04-10', 'CheckoutLinkProduct']);
  });

  it('fails at the media of a product whose media has no public URL', () => {
    const { public_url: _, ...media } = media2026();
    expect(responseFieldErrors(productSchema, { ...product2026(), medias: [media2026(), media] })).toEqual({
      'medias.1.public_url': ['Required field is missing.'],
    });
  });
});

describe('productMediaSchema', () => {
  it('parses a product media file of the 2026-10 document unchanged', () => {
    expectParsedUnchanged(productMediaSchema, media2026(), ['2026-10', 'ProductMediaFileRead']);
  });

  it('keeps fields and services it does not know', () => {
    const media = { ...media2026(), service: 'product_video', duration_seconds: 30 };
    expect(productMediaSchema.parse(media)).toEqual(media);
  });
});
