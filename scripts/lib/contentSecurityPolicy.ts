import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, directive by directive with what needs it. It is
 * a <meta> tag, so it holds on any static host; `frame-ancestors` and reporting cannot be set that
 * way (a host that can send headers should add `frame-ancestors 'none'`).
 */
export const CONTENT_SECURITY_POLICY: ReadonlyArray<readonly [string, string]> = [
  // Anything not named below is refused.
  ['default-src', "'none'"],
  // The bundle and its chunks; no inline script, no eval.
  ['script-src', "'self'"],
  // The corpus builder's module worker is a file of the bundle.
  ['worker-src', "'self'"],
  // The stylesheet; React and d3 set element styles through the CSSOM, which CSP allows.
  ['style-src', "'self'"],
  // The favicon (data:), the PNG export draws the SVG export through a blob: URL.
  ['img-src', "'self' data: blob:"],
  // Maps from this site; https: for a map from another site the user agreed to open
  // (MapSourceDialog). data: maps are decoded in the page, never fetched.
  ['connect-src', "'self' https:"],
  ['font-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

/** The policy as the value of the meta tag. */
export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Puts the policy into the built index.html only: the dev server injects an inline script (React
 * Fast Refresh) and a websocket that it would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'topic-map-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, which has to come first; the policy covers everything below it.
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('contentSecurityPolicyPlugin: index.html has no <meta charset> to put the policy after');
        const at = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
        return html.slice(0, at) + meta + html.slice(at);
      },
    },
  };
}
