// Loaded first, as an external script, by the Content-Security-Policy test pages (test/csp.test.mjs):
// records every CSP and Trusted Types violation of the page, including those inside the widgets'
// shadow roots (the event is composed, so it reaches the document). No inline script is allowed
// under the policy, which is why this is a file of its own.
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__violations.push({
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    });
  },
  true,
);
