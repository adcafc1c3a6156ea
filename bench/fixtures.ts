import type { Metadata, Product } from '../src/contract';
import {
  makeBenefit,
  makeCustomPrice,
  makeFixedPrice,
  makeMedia,
  makeMeteredPrice,
  makeProduct,
  resetFixtures,
} from '../src/testing/fixtures';

const benefitTypes = ['custom', 'discord', 'github_repository', 'license_keys', 'downloadables'] as const;
const mediaFiles = ['pro-plan.svg', 'pro-plan-dashboard.svg', 'team-seats.svg'];

/**
 * `count` products as the card bench describes them: 3 prices (fixed, pay what you want,
 * metered), 5 benefits and 3 images each, the images served by the bench's own server.
 */
export function benchProducts(count: number, mediaOrigin: string): Product[] {
  resetFixtures(9);
  return Array.from({ length: count }, (_, index) =>
    makeProduct({
      name: `Product ${index + 1}`,
      description: `Product ${index + 1} gives a small team everything it needs to ship, with support included.`,
      prices: [
        makeFixedPrice({ price_amount: 1900 + index }),
        makeCustomPrice({ minimum_amount: 500, preset_amount: 1500 }),
        makeMeteredPrice(),
      ],
      benefits: benefitTypes.map((type) => makeBenefit(type)),
      medias: mediaFiles.map((name) => makeMedia({ name, mime_type: 'image/svg+xml', public_url: `${mediaOrigin}/media/${name}` })),
    }),
  );
}

/** `count` metadata pairs (`key_1: "value 1"`, …). */
export function benchMetadata(count: number): Metadata {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`key_${index + 1}`, `value ${index + 1}`]));
}
