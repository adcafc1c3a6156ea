/**
 * A response body as JSON, or as its raw text when it is not JSON (an HTML error page from a
 * gateway, a proxy's plain text): the caller decides what such a body means for its status.
 */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
