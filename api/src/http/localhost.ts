/** Requests to this machine itself: the one place cookies may travel without TLS and HSTS makes no sense. */
export function isLocalhost(url: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
}
