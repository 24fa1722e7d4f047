// Accessibility: axe-core (its source injected into the page) on the demo
// with the seed, in light and dark colour schemes, also with a footnote
// popover and a paragraph menu open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openViewer, axeSource } from './harness.mjs';

const open = [];
after(async () => {
  for (const h of open) await h.close();
});

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource() });
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      violations: res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).slice(0, 5) })),
      passes: res.passes.length,
    };
  });
  return r;
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core reports no violations (${colorScheme})`, async () => {
    const h = await setup({ colorScheme });
    open.push(h);
    await openViewer(h.page, h.url);
    const scheme = await h.page.evaluate(() => getComputedStyle(document.querySelector('clause-viewer')).getPropertyValue('--cv-bg').trim());
    assert.equal(scheme, colorScheme === 'dark' ? '#0d1117' : '#ffffff');
    const page = await axe(h.page);
    assert.ok(page.passes > 10, 'axe ran its rules');
    assert.deepEqual(page.violations, [], JSON.stringify(page.violations, null, 1));

    // with the footnote popover open
    await h.page.locator('#para_2 a.akn-noteRef').first().click();
    await h.page.locator('clause-viewer [part~="footnote-popover"]').waitFor({ state: 'visible' });
    const withPopover = await axe(h.page);
    assert.deepEqual(withPopover.violations, [], JSON.stringify(withPopover.violations, null, 1));
    await h.page.keyboard.press('Escape');

    // with a search running (highlights) and a menu open
    await h.page.locator('clause-viewer input[type="search"]').fill('drug');
    await h.page.locator('#para_5 > .cv-menu-button').click();
    await h.page.locator('clause-viewer [role="menu"]').waitFor({ state: 'visible' });
    const withMenu = await axe(h.page);
    assert.deepEqual(withMenu.violations, [], JSON.stringify(withMenu.violations, null, 1));

    // control: axe does see a contrast failure inside the viewer when there is one
    await h.page.keyboard.press('Escape');
    await h.page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'low-contrast';
      p.textContent = 'barely visible';
      const dark = getComputedStyle(document.querySelector('clause-viewer')).getPropertyValue('--cv-bg').trim() !== '#ffffff';
      p.style.color = dark ? '#1c2128' : '#f0f0f0';
      document.querySelector('clause-viewer article .akn-formula').after(p);
    });
    const control = await axe(h.page);
    assert.ok(control.violations.some((v) => v.id === 'color-contrast'), JSON.stringify(control.violations));
  });
}
