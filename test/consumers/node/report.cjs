// What esm.mjs and cjs.cjs check, given the package's entries as each module format loaded them;
// prints the findings as JSON for consumers.test.mjs. POLAR_BASE_URL and POLAR_ACCESS_TOKEN name the contract server.
const { existsSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

module.exports = async function report({ server, headless, testing }) {
  const { checkoutLinkCreateSchema, formatMoney, formatPrice } = headless;
  const { catalogue, createMemoryClient } = testing;
  // No sessions here: every request may pass (a host checks its own).
  const proxy = server.createPolarProxy({ accessToken: process.env.POLAR_ACCESS_TOKEN, baseUrl: process.env.POLAR_BASE_URL, authorize: () => true });
  const response = await proxy(new Request('http://host.test/api/polar/v1/products/?limit=2'));
  const [product] = catalogue.products;
  const media = catalogue.products.flatMap((item) => item.medias)[0];
  console.log(
    JSON.stringify({
      proxyStatus: response.status,
      proxiedProducts: (await response.json()).items.length,
      price: formatPrice(product.prices[0]).label,
      money: formatMoney(123456, 'eur', 'de-DE'),
      valid: checkoutLinkCreateSchema.safeParse({ payment_processor: 'stripe', products: [product.id] }).success,
      invalidPaths: checkoutLinkCreateSchema.safeParse({ payment_processor: 'stripe', products: [] }).error.issues.map((issue) => issue.path.join('.')),
      memoryProducts: (await createMemoryClient().products.list()).items.length,
      // The catalogue's medias are files of the package, found next to the module that names them.
      mediaFileExists: existsSync(fileURLToPath(new URL(media.public_url.split('?')[0]))),
    }),
  );
};
