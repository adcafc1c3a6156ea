import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isUuid4, type CheckoutLink, type CheckoutLinkCreate, type ListResource } from '../../src/contract';
import { toPolarApiError, withResponseValidation, type PolarApiError, type PolarClient } from '../../src/client';
import { catalogue, catalogueIds } from '../../src/testing/catalogue';
import { FIXTURE_ORGANIZATION_ID } from '../../src/testing/fixtures';

/** What the suite runs against: a client, and how to put its Polar back to the seed. */
export interface ContractTarget {
  /** A client with valid credentials. */
  client: PolarClient;
  /** A client without credentials (HTTP targets): every call must fail as `unauthorized`. */
  anonymous?: PolarClient;
  /** Restores the seeded catalogue and links. */
  reset(): void;
  stop?(): Promise<void>;
}

const products = catalogueIds.products;
const discounts = catalogueIds.discounts;
const legacyYearlyPrice = catalogue.products.find((product) => product.id === products.legacyPlan)?.prices[1]?.id ?? '';
const UNKNOWN_ID = '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The seed's three create bodies (one per variant), each with the products the link must get. */
const createBodies: { variant: string; body: CheckoutLinkCreate; productIds: string[] }[] = [
  {
    variant: 'products',
    body: {
      payment_processor: 'stripe',
      products: [products.proMonthly, products.proYearly],
      label: 'Spring campaign',
      metadata: { campaign: 'spring', priority: 2, ratio: 0.5, beta: true },
      success_url: 'https://acme.test/thanks?checkout_id={CHECKOUT_ID}',
      return_url: 'https://acme.test/pricing',
      allow_discount_codes: false,
      require_billing_address: true,
      discount_id: discounts.proAnnual,
      trial_interval: 'week',
      trial_interval_count: 2,
    },
    productIds: [products.proMonthly, products.proYearly],
  },
  {
    variant: 'product_id',
    body: { payment_processor: 'stripe', product_id: products.teamSeats, seats: 5, discount_id: discounts.teamOnboarding, label: 'Team of five' },
    productIds: [products.teamSeats],
  },
  {
    variant: 'product_price_id',
    body: { payment_processor: 'stripe', product_price_id: legacyYearlyPrice, label: 'Legacy plan, yearly' },
    productIds: [products.legacyPlan],
  },
];

/** The `PolarApiError` a call rejects with (whatever the client threw, converted as the hooks do). */
async function failureOf(call: Promise<unknown>): Promise<PolarApiError> {
  return call.then(
    (value) => {
      throw new Error(`Expected the call to fail, it returned ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => toPolarApiError(error),
  );
}

async function expectFieldErrors(call: Promise<unknown>, paths: string[]) {
  const error = await failureOf(call);
  expect({ kind: error.kind, status: error.status, paths: Object.keys(error.fieldErrors).sort() }).toEqual({
    kind: 'validation',
    status: 422,
    paths: [...paths].sort(),
  });
  for (const path of paths) expect(error.fieldErrors[path]?.[0]).toMatch(/\w/);
  return error;
}

async function expectNotFound(call: Promise<unknown>) {
  const error = await failureOf(call);
  expect({ kind: error.kind, status: error.status }).toEqual({ kind: 'not_found', status: 404 });
}

const idsOf = (list: ListResource<{ id: string }> | { id: string }[]) => ('items' in list ? list.items : list).map((item) => item.id);
const labelsOf = (list: ListResource<CheckoutLink>) => list.items.map((link) => link.label);

/**
 * The contract every `PolarClient` must keep with Polar, run against the contract server (through
 * `createFetchClient` and through `@polar-sh/sdk`) and against `createMemoryClient`: one suite, so
 * the memory client cannot drift from what the document and the server say. Responses also pass
 * through `withResponseValidation`, so our response schemas are held to the same data.
 */
export function describeContract(
  name: string,
  makeTarget: () => ContractTarget | Promise<ContractTarget>,
  { overHttp = false }: { /** The target talks HTTP with a bearer token, which can be left out. */ overHttp?: boolean } = {},
): void {
  describe(`the Polar contract, through ${name}`, () => {
    let target: ContractTarget;
    let client: PolarClient;

    beforeAll(async () => {
      target = await makeTarget();
      client = withResponseValidation(target.client);
    });
    afterAll(() => target?.stop?.());
    beforeEach(() => target.reset());

    const create = (body: Partial<CheckoutLinkCreate> & Record<string, unknown>) =>
      client.checkoutLinks.create({ payment_processor: 'stripe', ...body } as CheckoutLinkCreate);

    describe('a checkout link from creation to deletion', () => {
      it.each(createBodies)('with a `$variant` body: create, get, list, update, delete, then 404', async ({ body, productIds }) => {
        const created = await client.checkoutLinks.create(body);
        expect(isUuid4(created.id)).toBe(true);
        expect(created.url).toMatch(/^https:\/\/buy\.polar\.sh\/polar_cl_\w+$/);
        expect(created.client_secret).toMatch(/^polar_cl_\w+$/);
        expect(created.products.map((product) => product.id)).toEqual(productIds);
        expect(created).toMatchObject({
          payment_processor: 'stripe',
          modified_at: null,
          organization_id: FIXTURE_ORGANIZATION_ID,
          label: body.label,
          metadata: body.metadata ?? {},
          success_url: body.success_url ?? null,
          return_url: body.return_url ?? null,
          allow_discount_codes: body.allow_discount_codes ?? true,
          require_billing_address: body.require_billing_address ?? false,
          discount_id: body.discount_id ?? null,
          seats: body.seats ?? null,
          trial_interval: body.trial_interval ?? null,
          trial_interval_count: body.trial_interval_count ?? null,
        });
        expect(created.discount?.id ?? null).toBe(body.discount_id ?? null);
        expect(created.discount ?? {}).not.toHaveProperty('products');

        expect(await client.checkoutLinks.get(created.id)).toEqual(created);
        const listed = await client.checkoutLinks.list({ product_id: productIds[0], limit: 100 });
        expect(idsOf(listed)).toContain(created.id);

        const updated = await client.checkoutLinks.update(created.id, {
          label: 'Renamed',
          metadata: { campaign: 'autumn' },
          success_url: null,
          allow_discount_codes: true,
        });
        expect(updated).toMatchObject({ id: created.id, label: 'Renamed', metadata: { campaign: 'autumn' }, success_url: null, allow_discount_codes: true });
        expect(updated.modified_at).not.toBeNull();
        expect(updated.products.map((product) => product.id)).toEqual(productIds);
        expect(updated.client_secret).toBe(created.client_secret);
        expect(await client.checkoutLinks.get(created.id)).toEqual(updated);

        await expect(client.checkoutLinks.delete(created.id)).resolves.toBeUndefined();
        await expectNotFound(client.checkoutLinks.get(created.id));
        await expectNotFound(client.checkoutLinks.update(created.id, { label: 'Too late' }));
        await expectNotFound(client.checkoutLinks.delete(created.id));
        expect(idsOf(await client.checkoutLinks.list({ product_id: productIds[0], limit: 100 }))).not.toContain(created.id);
      });

      it('embeds each product with its public benefits only, and keeps {CHECKOUT_ID} in success_url as sent', async () => {
        const link = await create({ products: [products.proMonthly], success_url: 'https://acme.test/ok?id={CHECKOUT_ID}&from=link' });
        expect(link.success_url).toBe('https://acme.test/ok?id={CHECKOUT_ID}&from=link');
        const benefits = link.products[0]?.benefits ?? [];
        expect(benefits.map((benefit) => benefit.type)).toEqual(['discord', 'github_repository', 'custom']);
        for (const benefit of benefits) expect(Object.keys(benefit)).not.toContain('properties');
      });

      it('replaces the products of a link, in the order given', async () => {
        const link = await create({ products: [products.proMonthly, products.proYearly], discount_id: discounts.proAnnual });
        const updated = await client.checkoutLinks.update(link.id, { products: [products.proYearly] });
        expect(updated.products.map((product) => product.id)).toEqual([products.proYearly]);
        expect(updated.discount_id).toBe(discounts.proAnnual);
      });
    });

    describe('listing checkout links', () => {
      async function createLabelled(...labels: string[]) {
        const links: CheckoutLink[] = [];
        for (const label of labels) links.push(await create({ products: [products.starterKit], label }));
        return links;
      }

      it('pages through the links of a product, sorted by label', async () => {
        await createLabelled('Charlie', 'Alpha', 'Bravo');
        const page = (number: number) => client.checkoutLinks.list({ product_id: products.starterKit, limit: 2, page: number, sorting: ['label'] });
        const first = await page(1);
        const second = await page(2);
        expect(labelsOf(first)).toEqual(['Alpha', 'Bravo']);
        expect(labelsOf(second)).toEqual(['Charlie', 'Newsletter: Starter Kit']);
        expect(first.pagination).toEqual({ total_count: 4, max_page: 2 });
        expect((await page(3)).items).toEqual([]);
      });

      it('sorts newest first with -created_at, and by several criteria', async () => {
        const [one, two, three] = await createLabelled('One', 'Two', 'Three');
        const newest = await client.checkoutLinks.list({ product_id: products.starterKit, sorting: ['-created_at'] });
        expect(idsOf(newest).slice(0, 3)).toEqual([three?.id, two?.id, one?.id]);
        const byDiscountCodesThenLabel = await client.checkoutLinks.list({ sorting: ['allow_discount_codes', '-label'] });
        expect(labelsOf(byDiscountCodesThenLabel)).toEqual(['Homepage: Pro', 'Two', 'Three', 'One', 'Newsletter: Starter Kit']);
      });

      it('filters by any of several products, and by organization', async () => {
        const [kit] = await createLabelled('Kit');
        const tip = await create({ products: [products.tipJar], label: 'Tip' });
        const either = await client.checkoutLinks.list({ product_id: [products.tipJar, products.proYearly], sorting: ['label'] });
        expect(labelsOf(either)).toEqual(['Homepage: Pro', 'Tip']);
        const ours = await client.checkoutLinks.list({ organization_id: FIXTURE_ORGANIZATION_ID, limit: 100 });
        expect(idsOf(ours)).toEqual(expect.arrayContaining([kit?.id, tip.id, catalogueIds.links.homepagePro]));
        expect(ours.pagination.total_count).toBe(4);
      });

      it('answers an empty page with max_page 0', async () => {
        expect(await client.checkoutLinks.list({ organization_id: UNKNOWN_ID })).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
        expect(await client.checkoutLinks.list({ product_id: products.apiUsage })).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
      });

      it('lists the seeded links in creation order by default', async () => {
        expect(idsOf(await client.checkoutLinks.list())).toEqual([catalogueIds.links.homepagePro, catalogueIds.links.newsletterStarter]);
      });
    });

    describe('products and discounts', () => {
      it('lists the catalogue newest first, ten per page', async () => {
        const list = await client.products.list();
        expect(list.pagination).toEqual({ total_count: 12, max_page: 2 });
        expect(list.items[0]?.id).toBe(products.consulting);
        expect(list.items).toHaveLength(10);
      });

      it('filters products by name, archived, recurring, id and visibility', async () => {
        const names = async (query: Parameters<PolarClient['products']['list']>[0]) =>
          (await client.products.list({ ...query, sorting: ['name'], limit: 100 })).items.map((product) => product.name);
        expect(await names({ query: 'PRO' })).toEqual(['Pro', 'Pro (yearly)']);
        expect(await names({ is_archived: true })).toEqual(['Video Course 2024']);
        expect(await names({ is_archived: false })).not.toContain('Video Course 2024');
        expect(await names({ is_recurring: false })).toEqual(['Consulting Hour', 'Design Assets', 'Starter Kit', 'Tip Jar', 'Video Course 2024']);
        expect(await names({ id: [products.tipJar, products.teamSeats] })).toEqual(['Team', 'Tip Jar']);
        expect(await names({ visibility: ['draft', 'private'] })).toEqual(['Consulting Hour', 'Mobile App']);
      });

      it('gets one product with its prices, benefits and medias', async () => {
        const team = await client.products.get(products.teamSeats);
        expect(team).toMatchObject({ name: 'Team', is_recurring: true, recurring_interval: 'month' });
        expect(team.prices[0]).toMatchObject({ amount_type: 'seat_based', seat_tiers: { minimum_seats: 2, maximum_seats: 25 } });
        expect(team.benefits.map((benefit) => benefit.type)).toEqual(['slack_shared_channel', 'github_repository', 'custom']);
        expect(team.medias[0]).toMatchObject({ mime_type: 'image/svg+xml', name: 'team.svg' });
        const legacy = await client.products.get(products.legacyPlan);
        expect(legacy.prices.map((price) => [price.legacy, price.recurring_interval])).toEqual([
          [true, 'month'],
          [true, 'year'],
        ]);
      });

      it('lists and gets discounts, searched by name', async () => {
        const all = await client.discounts.list({ limit: 100 });
        expect(all.pagination.total_count).toBe(5);
        expect((await client.discounts.list({ query: 'pro' })).items.map((discount) => discount.name)).toEqual(['Pro: 30% off']);
        const repeating = await client.discounts.get(discounts.fiveOffThreeMonths);
        expect(repeating).toMatchObject({ type: 'fixed', duration: 'repeating', duration_in_months: 3, amounts: { usd: 500, eur: 450 } });
        const restricted = await client.discounts.get(discounts.proAnnual);
        expect(restricted.products?.map((product) => product.id)).toEqual([products.proMonthly, products.proYearly]);
      });

      it('answers 404 for a product or discount that does not exist', async () => {
        await expectNotFound(client.products.get(UNKNOWN_ID));
        await expectNotFound(client.discounts.get(UNKNOWN_ID));
      });
    });

    describe('rejections, each at the field it concerns', () => {
      it('an archived product at products.<i>, and nothing is created', async () => {
        await expectFieldErrors(create({ products: [products.archivedCourse] }), ['products.0']);
        await expectFieldErrors(create({ product_id: products.archivedCourse }), ['product_id']);
        expect((await client.checkoutLinks.list()).pagination.total_count).toBe(2);
      });

      it('a draft product, and an unknown one, at their index', async () => {
        const error = await expectFieldErrors(create({ products: [products.starterKit, products.draftApp, UNKNOWN_ID] }), ['products.1', 'products.2']);
        expect(error.fieldErrors['products.1']?.[0]).toMatch(/Mobile App/);
      });

      it('a discount that does not cover every product, or does not exist, at discount_id', async () => {
        const error = await expectFieldErrors(create({ products: [products.proMonthly, products.starterKit], discount_id: discounts.proAnnual }), ['discount_id']);
        expect(error.fieldErrors.discount_id?.[0]).toMatch(/Starter Kit/);
        await expectFieldErrors(create({ products: [products.starterKit], discount_id: UNKNOWN_ID }), ['discount_id']);
      });

      it('a trial with only one of its two fields', async () => {
        await expectFieldErrors(create({ products: [products.proMonthly], trial_interval: 'month' }), ['trial_interval_count']);
        await expectFieldErrors(create({ products: [products.proMonthly], trial_interval_count: 3 }), ['trial_interval']);
      });

      it('seats for a product that is not seat-based, or outside its tiers', async () => {
        await expectFieldErrors(create({ products: [products.proMonthly], seats: 3 }), ['seats']);
        await expectFieldErrors(create({ products: [products.teamSeats], seats: 26 }), ['seats']);
        await expectFieldErrors(create({ products: [products.teamSeats], seats: 1 }), ['seats']);
        await expect(create({ products: [products.teamSeats], seats: 25 })).resolves.toMatchObject({ seats: 25 });
      });

      it('metadata and URLs, at metadata.<key> and success_url', async () => {
        await expectFieldErrors(create({ products: [products.starterKit], metadata: { campaign: 'x'.repeat(501) } }), ['metadata.campaign']);
        await expectFieldErrors(create({ products: [products.starterKit], success_url: 'not a url', return_url: 'ftp://acme.test' }), [
          'success_url',
          'return_url',
        ]);
      });

      it("a NUL character in any text, at its field with Polar's message", async () => {
        const invalid = 'This value contains invalid characters';
        const error = await expectFieldErrors(create({ products: [products.starterKit], label: 'a\u0000b', metadata: { 'k\u0000': 'v', plan: 'pro\u0000' } }), [
          'label',
          'metadata.k\u0000',
          'metadata.plan',
        ]);
        expect(Object.values(error.fieldErrors).flat()).toEqual([invalid, invalid, invalid]);
        const link = await create({ products: [products.proMonthly] });
        await expectFieldErrors(client.checkoutLinks.update(link.id, { return_url: 'https://acme.test/\u0000' }), ['return_url']);
      });

      it('the same rules on update', async () => {
        const link = await create({ products: [products.proMonthly] });
        await expectFieldErrors(client.checkoutLinks.update(link.id, { products: [products.archivedCourse] }), ['products.0']);
        await expectFieldErrors(client.checkoutLinks.update(link.id, { seats: 2 }), ['seats']);
        await expectFieldErrors(client.checkoutLinks.update(link.id, { discount_id: discounts.teamOnboarding }), ['discount_id']);
        await expectFieldErrors(client.checkoutLinks.update(link.id, { trial_interval: 'day' }), ['trial_interval_count']);
        expect(await client.checkoutLinks.get(link.id)).toEqual(link);
      });

      it('an id that is not a UUID v4', async () => {
        await expectFieldErrors(client.checkoutLinks.get('not-a-uuid'), ['id']);
      });

      it('404 for a link that never existed', async () => {
        await expectNotFound(client.checkoutLinks.get(UNKNOWN_ID));
        await expectNotFound(client.checkoutLinks.update(UNKNOWN_ID, { label: 'x' }));
        await expectNotFound(client.checkoutLinks.delete(UNKNOWN_ID));
      });

      // The memory client has no credentials to leave out, so only HTTP targets get this case.
      if (overHttp) it('401 without an access token', async () => {
        const anonymous = target.anonymous;
        if (!anonymous) throw new Error('An HTTP target must give a client without credentials (`anonymous`).');
        const calls = [
          () => anonymous.checkoutLinks.list(),
          () => anonymous.checkoutLinks.create(createBodies[0]!.body),
          () => anonymous.products.get(products.proMonthly),
        ];
        for (const call of calls) {
          const error = await failureOf(call());
          expect({ kind: error.kind, status: error.status }).toEqual({ kind: 'unauthorized', status: 401 });
        }
        expect((await client.checkoutLinks.list()).pagination.total_count).toBe(2);
      });
    });
  });
}
