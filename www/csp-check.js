// Counts Content-Security-Policy violations on the CSP page (a classic
// script, so it runs before the viewer's module).
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
  const out = document.getElementById('violations');
  if (out) out.textContent = String(window.__cspViolations.length);
});
