/**
 * The routes whose POST bodies carry events: PostHog capture's v0 routes (`/batch/` for posthog-node, posthog-python
 * and LiteLLM; `/e/` and `/i/v0/e/` for posthog-js; `/capture/` and `/track/` for older clients), the AI route
 * posthog-node and posthog-python use with full AI capture, and Capture V1. `/engage/` (person updates), `/s/`
 * (recordings), multipart `/i/v0/ai` and everything else is forwarded without being read.
 */
const CAPTURE_PATHS: readonly string[] = ['/batch', '/capture', '/e', '/i/v0/e', '/track', '/i/v0/ai/batch', '/i/v1/analytics/events'];

/** The capture route a path names (`/e` and `/e/` alike give `/e/`), or undefined for any other path. */
export function captureRouteOf(pathname: string): string | undefined {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return CAPTURE_PATHS.includes(trimmed) ? `${trimmed}/` : undefined;
}

/** Every route label the metrics use: capture routes, the gateway's own endpoints, and `other`, so paths cannot grow the label set. */
export const OWN_ENDPOINTS: readonly string[] = ['/healthz', '/readyz', '/metrics'];
export const CAPTURE_ROUTES: readonly string[] = CAPTURE_PATHS.map((path) => `${path}/`);
