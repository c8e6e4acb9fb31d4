/** One policy for the Electron window (meta tag) and the loopback server (header). */
export const CONTENT_SECURITY_POLICY =
  // font-src data: admits the fonts a printed document carries inside it (its preview frame inherits this policy).
  // The hash is the empty string's: it admits only the empty <style data-fullcalendar> of index.html, which FullCalendar fills through CSSOM.
  "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

/** Only a header can forbid framing; browsers ignore this directive in a meta tag. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";
