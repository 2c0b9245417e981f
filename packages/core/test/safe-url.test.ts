import { expect } from '@open-wc/testing';
import { safeHref } from '@hki-widgets/core';
import { captureConsole } from '../../../test/helpers.js';

describe('safeHref', () => {
  it('keeps https, http, mailto and tel links', () => {
    expect(safeHref('https://www.hel.fi/fi')).to.equal('https://www.hel.fi/fi');
    expect(safeHref('http://example.org/')).to.equal('http://example.org/');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeHref('tel:+358912345')).to.equal('tel:+358912345');
  });

  it('drops script and data URLs, however they are written, with a warning that names them', async () => {
    const { result, warnings } = await captureConsole(async () =>
      [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:x',
        'file:///etc/passwd',
      ].map((u) => safeHref(u, 'test')),
    );
    expect(result).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.contain('[test]').and.contain('javascript:');
  });

  it('ignores empty values and non-strings without a warning', async () => {
    const { result, warnings } = await captureConsole(async () => [safeHref(''), safeHref(undefined), safeHref(42)]);
    expect(result).to.deep.equal([undefined, undefined, undefined]);
    expect(warnings).to.have.length(0);
  });
});
