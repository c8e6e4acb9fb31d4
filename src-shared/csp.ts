/** One policy for the Electron window (meta tag) and the loopback server (header). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

/** Only a header can forbid framing; browsers ignore this directive in a meta tag. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";
