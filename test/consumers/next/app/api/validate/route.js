// A Route Handler that validates a create body with the package's schema.
import { checkoutLinkCreateSchema } from 'react-polar-checkout-links/headless';

export async function POST(request) {
  const result = checkoutLinkCreateSchema.safeParse(await request.json());
  if (!result.success) {
    return Response.json({ issues: result.error.issues.map(({ path, message }) => ({ path, message })) }, { status: 422 });
  }
  return Response.json({ body: result.data });
}
