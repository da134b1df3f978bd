/**
 * Request size limits, shared by the proxy (proxy.ts), the workspace import (db/import-jobs.ts) and the
 * import form. next.config.js repeats MAX_REQUEST_BYTES as "26mb" (serverActions.bodySizeLimit and
 * proxyClientMaxBodySize): keep them equal.
 */

/** The largest file the workspace import accepts. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The largest request body the server reads: a file of MAX_UPLOAD_BYTES plus the form around it. */
export const MAX_REQUEST_BYTES = 26 * 1024 * 1024;

/** The largest body the write API reads (one entry per request): 1 MB. */
export const MAX_API_BODY_BYTES = 1024 * 1024;
