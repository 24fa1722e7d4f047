// The CSP page: served with a strict policy (no inline script or style,
// WebAssembly allowed); the viewer parses and renders with no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openViewer } from './harness.mjs';

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

test('csp.html is served with a strict Content-Security-Policy', async () => {
  const res = await fetch(`${h.url}csp.html`);
  const csp = res.headers.get('content-security-policy');
  assert.ok(csp, 'no CSP header');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  const wasm = await fetch(`${h.url}pkg/clausemark_bg.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
});

test('the viewer works under the policy: WASM parse, styles, popovers, search', async () => {
  const { page } = h;
  const ready = await openViewer(page, h.url, 'csp.html');
  assert.ok(ready.valid);
  assert.ok(ready.counts.operative > 0);
  const r = await page.evaluate(() => {
    const v = document.querySelector('clause-viewer');
    return {
      violations: window.__cspViolations,
      operative: v.querySelectorAll('.akn-paragraph').length,
      modelOperative: v.model.operative.length,
      // the constructable stylesheets applied: the formula is italic, the toolbar sticky
      formulaStyle: getComputedStyle(v.querySelector('.akn-formula')).fontStyle,
      toolbar: getComputedStyle(v.shadowRoot.querySelector('.toolbar')).position,
    };
  });
  assert.equal(r.operative, r.modelOperative);
  assert.equal(r.formulaStyle, 'italic');
  assert.equal(r.toolbar, 'sticky');
  await page.locator('#para_4 a.akn-noteRef').first().click();
  await page.locator('clause-viewer [part~="footnote-popover"]').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('clause-viewer input[type="search"]').fill('Commission');
  assert.match(await page.locator('clause-viewer #cv-count').textContent(), /^1 of \d+$/);
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, []);
});

test('the policy is enforced: an inline script on that page is blocked and reported', async () => {
  const { page } = h;
  const r = await page.evaluate(async () => {
    window.__inlineRan = false;
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    await new Promise((ok) => setTimeout(ok, 100));
    return { ran: window.__inlineRan, violations: window.__cspViolations.length };
  });
  assert.equal(r.ran, false);
  assert.ok(r.violations >= 1);
});
