import { SettingsError } from '../shared';

/** Where every request goes: fixed at start, so neither a request's Host header nor its path can pick another host. */
export interface UpstreamTarget {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: number;
  /** A path prefix of the upstream URL (`/posthog` in `https://example.com/posthog`), '' for none. */
  basePath: string;
  /** The Host header the upstream expects. */
  hostHeader: string;
  /** `https://host[:port]`, for messages (holds no credentials: those are refused). */
  origin: string;
}

const EXAMPLE = 'https://eu.i.posthog.com';

export function parseUpstreamTarget(text: string, flag = '--upstream'): UpstreamTarget {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SettingsError(`${flag} must be an http:// or https:// URL such as ${EXAMPLE}, got ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SettingsError(`${flag} must start with http:// or https:// (e.g. ${EXAMPLE}), got ${JSON.stringify(url.protocol)}`);
  // Credentials in the URL would end up in logs and process lists; the SDKs authenticate with their own API key.
  if (url.username !== '' || url.password !== '') throw new SettingsError(`${flag} must not hold a user name or password; PostHog capture needs none (the SDK sends its project API key)`);
  if (url.search !== '' || url.hash !== '') throw new SettingsError(`${flag} must not hold a query or fragment: requests keep their own, got ${JSON.stringify(url.search + url.hash)}`);
  const protocol = url.protocol;
  return {
    protocol,
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? (protocol === 'https:' ? 443 : 80) : Number(url.port),
    basePath: url.pathname.replace(/\/+$/, ''),
    hostHeader: url.host,
    origin: url.origin,
  };
}
