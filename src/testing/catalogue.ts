import type { Benefit, BenefitType, CheckoutLink, Discount, Product, ProductMedia } from '../contract';
import { uuid4At } from './fixtureIds';
import {
  FIXTURE_ORGANIZATION_ID,
  makeBenefit,
  makeCheckoutLink,
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeLegacyRecurringPrice,
  makeMedia,
  makeMeteredPrice,
  makeProduct,
  makeSeatBasedPrice,
  type DiscountOverrides,
} from './fixtures';

/*
 * A realistic organization for stories, demos and tests: a dozen products covering every way Polar
 * sells (one-time, monthly, yearly, pay what you want, free, seats, usage, legacy prices, two
 * currencies, archived, draft, private), benefits of every type, a few discounts and two links.
 * Ids are fixed UUID v4s, so a story or a test can name any item.
 */

const CATALOGUE_SEED = 20_251_124;
const catalogueId = (index: number) => uuid4At(CATALOGUE_SEED, index);

/** The id of every catalogue item, by a name that says what it is. */
export const catalogueIds = {
  products: {
    starterKit: catalogueId(1),
    proMonthly: catalogueId(2),
    proYearly: catalogueId(3),
    tipJar: catalogueId(4),
    community: catalogueId(5),
    teamSeats: catalogueId(6),
    apiUsage: catalogueId(7),
    legacyPlan: catalogueId(8),
    designAssets: catalogueId(9),
    archivedCourse: catalogueId(10),
    draftApp: catalogueId(11),
    consulting: catalogueId(12),
  },
  discounts: {
    launch: catalogueId(20),
    fiveOffThreeMonths: catalogueId(21),
    proAnnual: catalogueId(22),
    teamOnboarding: catalogueId(23),
    welcome: catalogueId(24),
  },
  links: {
    homepagePro: catalogueId(30),
    newsletterStarter: catalogueId(31),
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Medias: SVG files shipped with the package (dist/media), so nothing is fetched from the internet.
// Each URL is written out in full: bundlers (Vite, webpack) only rewrite literal `new URL()` calls.
// `?no-inline` keeps Vite from turning these small files into data: URLs, which image components
// rightly refuse (they show http(s) URLs only); servers and file URLs ignore the query.
// ---------------------------------------------------------------------------------------------

const packagedMedia = {
  'starter-kit.svg': () => new URL('./media/starter-kit.svg?no-inline', import.meta.url).href,
  'pro-plan.svg': () => new URL('./media/pro-plan.svg?no-inline', import.meta.url).href,
  'pro-plan-dashboard.svg': () => new URL('./media/pro-plan-dashboard.svg?no-inline', import.meta.url).href,
  'tip-jar.svg': () => new URL('./media/tip-jar.svg?no-inline', import.meta.url).href,
  'community.svg': () => new URL('./media/community.svg?no-inline', import.meta.url).href,
  'team-seats.svg': () => new URL('./media/team-seats.svg?no-inline', import.meta.url).href,
  'api-usage.svg': () => new URL('./media/api-usage.svg?no-inline', import.meta.url).href,
  'legacy-plan.svg': () => new URL('./media/legacy-plan.svg?no-inline', import.meta.url).href,
  'design-assets.svg': () => new URL('./media/design-assets.svg?no-inline', import.meta.url).href,
  'video-course.svg': () => new URL('./media/video-course.svg?no-inline', import.meta.url).href,
  'mobile-app.svg': () => new URL('./media/mobile-app.svg?no-inline', import.meta.url).href,
  'consulting.svg': () => new URL('./media/consulting.svg?no-inline', import.meta.url).href,
} as const;

/** The media files of the catalogue (under `src/testing/media/`, `dist/media/` once built). */
export type CatalogueMediaFile = keyof typeof packagedMedia;
export const catalogueMediaFiles = Object.keys(packagedMedia) as CatalogueMediaFile[];

export interface CatalogueOptions {
  /**
   * Where the media files are served, e.g. `http://127.0.0.1:4010/media`. By default they resolve
   * next to this module, which a bundler (Vite, Storybook, webpack) turns into an http(s) URL.
   */
  mediaBaseUrl?: string;
}

/** A seeded organization: products, discounts and checkout links. */
export interface Catalogue {
  products: Product[];
  discounts: Discount[];
  links: CheckoutLink[];
}

const DAY = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2025, 0, 6, 9, 0, 0);
const day = (offset: number) => new Date(FIRST_DAY + offset * DAY).toISOString();

/** Builds the catalogue; each call returns fresh objects. */
export function createCatalogue({ mediaBaseUrl }: CatalogueOptions = {}): Catalogue {
  const ids = catalogueIds.products;
  let nextId = 100;
  const id = () => catalogueId(nextId++);

  const media = (file: CatalogueMediaFile, name: string, size: number): ProductMedia => {
    const mediaId = id();
    return makeMedia({
      id: mediaId,
      name,
      path: `${FIXTURE_ORGANIZATION_ID}/${mediaId}/${file}`,
      mime_type: 'image/svg+xml',
      size,
      size_readable: `${(size / 1024).toFixed(1)} KB`,
      public_url: mediaBaseUrl ? `${mediaBaseUrl}/${file}` : packagedMedia[file](),
    });
  };

  const benefit = (type: BenefitType, description: string, properties: Record<string, unknown>, visibility: Benefit['visibility'] = 'public') =>
    makeBenefit(type, { id: id(), description, properties, visibility });

  const benefits = {
    discord: benefit('discord', 'Members-only Discord with the core team', {
      guild_id: '1187654321098765432',
      role_id: '1198765432109876543',
      kick_member: true,
      guild_token: 'redacted',
    }),
    github: benefit('github_repository', 'Read access to the private acme/toolkit repository', {
      repository_owner: 'acme',
      repository_name: 'toolkit',
      permission: 'pull',
    }),
    support: benefit('custom', 'Priority email support, answered within one business day', { note: 'Write to support@acme.test' }),
    downloads: benefit('downloadables', 'Source files and PDF guide to download', { archived: {}, files: [id(), id()] }),
    licenseKey: benefit('license_keys', 'A license key for 3 devices, valid one year', {
      prefix: 'ACME',
      expires: { ttl: 1, timeframe: 'year' },
      activations: { limit: 3, enable_customer_admin: true },
      limit_usage: null,
    }),
    credits: benefit('meter_credit', '10,000 API requests included every month', { units: 10_000, rollover: false, meter_id: catalogueId(90) }),
    beta: benefit('feature_flag', 'Early access to beta features', {}),
    slack: benefit('slack_shared_channel', 'A shared Slack channel with our engineers', {
      slack_integration_id: id(),
      channel_name_template: 'acme-{customer}',
      private: true,
      welcome_message: null,
      archive_on_revoke: true,
      team_invitees: [],
    }),
    internalNote: benefit('custom', 'Internal: flag the account for onboarding', { note: null }, 'private'),
  };

  const common = (index: number) => ({ created_at: day(index), modified_at: day(index + 30) });

  const products: Product[] = [
    makeProduct({
      id: ids.starterKit,
      ...common(0),
      name: 'Starter Kit',
      description: 'Templates, components and a 40-page guide to launch your first product. Pay once, keep it forever.',
      recurring_interval: null,
      prices: [makeFixedPrice({ id: id(), price_amount: 4900 })],
      benefits: [benefits.downloads, benefits.licenseKey],
      medias: [media('starter-kit.svg', 'starter-kit-cover.svg', 721)],
      metadata: { sku: 'KIT-001' },
    }),
    makeProduct({
      id: ids.proMonthly,
      ...common(1),
      name: 'Pro',
      description: 'Everything in the toolkit, updates every week and priority support.',
      recurring_interval: 'month',
      trial_interval: 'day',
      trial_interval_count: 14,
      prices: [makeFixedPrice({ id: id(), price_amount: 1900 })],
      benefits: [benefits.discord, benefits.github, benefits.support, benefits.internalNote],
      medias: [media('pro-plan.svg', 'pro-cover.svg', 564), media('pro-plan-dashboard.svg', 'pro-dashboard.svg', 733)],
    }),
    makeProduct({
      id: ids.proYearly,
      ...common(2),
      name: 'Pro (yearly)',
      description: 'Pro, billed once a year: two months free.',
      recurring_interval: 'year',
      prices: [makeFixedPrice({ id: id(), price_amount: 19_000 })],
      benefits: [benefits.discord, benefits.github, benefits.support],
      medias: [media('pro-plan.svg', 'pro-cover.svg', 564)],
    }),
    makeProduct({
      id: ids.tipJar,
      ...common(3),
      name: 'Tip Jar',
      description: 'Support the project with the amount of your choice.',
      recurring_interval: null,
      prices: [makeCustomPrice({ id: id(), minimum_amount: 100, maximum_amount: 100_000, preset_amount: 500 })],
      medias: [media('tip-jar.svg', 'tip-jar.svg', 686)],
    }),
    makeProduct({
      id: ids.community,
      ...common(4),
      name: 'Community',
      description: 'The free plan: the open-source core and the community Discord.',
      recurring_interval: 'month',
      prices: [makeFixedPrice({ id: id(), price_amount: 0 })],
      benefits: [benefits.discord, benefits.beta],
      medias: [media('community.svg', 'community.svg', 661)],
    }),
    makeProduct({
      id: ids.teamSeats,
      ...common(5),
      name: 'Team',
      description: 'Pro for your whole team, from 2 to 25 seats. Volume pricing from the fifth seat.',
      recurring_interval: 'month',
      prices: [
        makeSeatBasedPrice({
          id: id(),
          seat_tiers: {
            tiers: [
              { min_seats: 2, max_seats: 4, price_per_seat: 1500 },
              { min_seats: 5, max_seats: 25, price_per_seat: 1200 },
            ],
          },
        }),
      ],
      benefits: [benefits.slack, benefits.github, benefits.support],
      medias: [media('team-seats.svg', 'team.svg', 698)],
    }),
    makeProduct({
      id: ids.apiUsage,
      ...common(6),
      name: 'API Usage',
      description: 'Pay as you go: 10,000 requests included, then $0.0005 per request.',
      recurring_interval: 'month',
      prices: [makeMeteredPrice({ id: id(), unit_amount: '0.05', cap_amount: 50_000, meter: { id: catalogueId(90), name: 'API requests' } })],
      benefits: [benefits.credits],
      medias: [media('api-usage.svg', 'api.svg', 646)],
    }),
    makeProduct({
      id: ids.legacyPlan,
      ...common(7),
      name: 'Legacy Plan',
      description: 'The 2023 plan, still sold to existing customers: monthly or yearly.',
      recurring_interval: null,
      prices: [
        makeLegacyRecurringPrice({ id: id(), recurring_interval: 'month', price_amount: 900 }),
        makeLegacyRecurringPrice({ id: id(), recurring_interval: 'year', price_amount: 9000 }),
      ],
      benefits: [benefits.support],
      medias: [media('legacy-plan.svg', 'legacy.svg', 665)],
    }),
    makeProduct({
      id: ids.designAssets,
      ...common(8),
      name: 'Design Assets',
      description: 'Icons, illustrations and Figma files. Priced in US dollars and euros.',
      recurring_interval: null,
      prices: [makeFixedPrice({ id: id(), price_amount: 2900 }), makeFixedPrice({ id: id(), price_currency: 'eur', price_amount: 2700 })],
      benefits: [benefits.downloads],
      medias: [media('design-assets.svg', 'design-assets.svg', 693)],
    }),
    makeProduct({
      id: ids.archivedCourse,
      ...common(9),
      name: 'Video Course 2024',
      description: 'Replaced by the 2025 edition.',
      recurring_interval: null,
      is_archived: true,
      prices: [makeFixedPrice({ id: id(), price_amount: 9900, is_archived: true })],
      benefits: [benefits.downloads],
      medias: [media('video-course.svg', 'course.svg', 647)],
    }),
    makeProduct({
      id: ids.draftApp,
      ...common(10),
      name: 'Mobile App',
      description: 'Coming soon.',
      visibility: 'draft',
      recurring_interval: 'month',
      prices: [makeFixedPrice({ id: id(), price_amount: 499 })],
      benefits: [benefits.beta],
      medias: [media('mobile-app.svg', 'mobile-app.svg', 642)],
    }),
    makeProduct({
      id: ids.consulting,
      ...common(11),
      name: 'Consulting Hour',
      description: 'One hour with a senior engineer. Sold only through links we send.',
      visibility: 'private',
      recurring_interval: null,
      prices: [makeFixedPrice({ id: id(), price_amount: 25_000 })],
      benefits: [benefits.support],
      medias: [media('consulting.svg', 'consulting.svg', 755)],
    }),
  ];

  const discountProducts = (...productIds: string[]) =>
    products.filter((product) => productIds.includes(product.id)).map(toDiscountProduct);

  const discount = (overrides: DiscountOverrides, index: number) =>
    makeDiscount({ ...common(index), starts_at: null, ends_at: null, ...overrides } as DiscountOverrides);

  const discounts: Discount[] = [
    discount(
      {
        id: catalogueIds.discounts.launch,
        type: 'percentage',
        name: 'Launch week',
        code: 'LAUNCH20',
        basis_points: 2000,
        duration: 'once',
        ends_at: '2026-01-31T23:59:59Z',
        max_redemptions: 100,
        redemptions_count: 37,
      },
      12,
    ),
    discount(
      { id: catalogueIds.discounts.fiveOffThreeMonths, name: '$5 off for 3 months', code: 'FIVEOFF', duration: 'repeating', duration_in_months: 3, amounts: { usd: 500, eur: 450 } },
      13,
    ),
    discount(
      {
        id: catalogueIds.discounts.proAnnual,
        type: 'percentage',
        name: 'Pro: 30% off',
        code: 'PRO30',
        basis_points: 3000,
        duration: 'forever',
        products: discountProducts(ids.proMonthly, ids.proYearly),
      },
      14,
    ),
    discount(
      {
        id: catalogueIds.discounts.teamOnboarding,
        type: 'percentage',
        name: 'Team onboarding',
        code: 'TEAM15',
        basis_points: 1500,
        duration: 'repeating',
        duration_in_months: 6,
        products: discountProducts(ids.teamSeats),
      },
      15,
    ),
    discount({ id: catalogueIds.discounts.welcome, name: 'Welcome: $10 off', code: null, duration: 'once', amounts: { usd: 1000 } }, 16),
  ];

  const link = (overrides: Partial<CheckoutLink> & { id: string; products: Product[] }, index: number) => {
    const clientSecret = `polar_cl_${overrides.id.replace(/-/g, '')}seed`;
    return makeCheckoutLink({
      created_at: day(index),
      modified_at: null,
      client_secret: clientSecret,
      url: `https://buy.polar.sh/${clientSecret}`,
      ...overrides,
    });
  };

  const links: CheckoutLink[] = [
    link(
      {
        id: catalogueIds.links.homepagePro,
        label: 'Homepage: Pro',
        products: products.filter((product) => product.id === ids.proMonthly || product.id === ids.proYearly),
        discount: discounts.find((candidate) => candidate.id === catalogueIds.discounts.proAnnual) ?? null,
        allow_discount_codes: false,
        success_url: 'https://acme.test/welcome?checkout_id={CHECKOUT_ID}',
        metadata: { source: 'homepage' },
      },
      20,
    ),
    link(
      {
        id: catalogueIds.links.newsletterStarter,
        label: 'Newsletter: Starter Kit',
        products: products.filter((product) => product.id === ids.starterKit),
        metadata: { campaign: 'newsletter-2025-02', issue: 12 },
      },
      21,
    ),
  ];

  return { products, discounts, links };
}

/** A product as a discount lists it (`DiscountProduct`): the product without prices, benefits or medias. */
export function toDiscountProduct(product: Product): NonNullable<Discount['products']>[number] {
  const { prices: _prices, benefits: _benefits, medias: _medias, attached_custom_fields: _fields, ...summary } = product;
  return summary;
}

/** The seeded catalogue, with medias served from the package. */
export const catalogue: Catalogue = /* @__PURE__ */ createCatalogue();
