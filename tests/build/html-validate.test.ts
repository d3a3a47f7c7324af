/** Every built page is valid HTML (html-validate, recommended rules), with zero errors. */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledSite } from '../helpers/build';
import { sitePages, type SitePage } from '../helpers/site-pages';

// The full recommended rule set, no rule turned off: the site passes it as built.
const htmlValidateConfig: ConfigData = { extends: ['html-validate:recommended'] };

let pages: SitePage[];
beforeAll(async () => {
  pages = sitePages((await bundledSite()).outDir);
});

describe('HTML 유효성 (html-validate)', () => {
  it('모든 페이지에 오류가 하나도 없다', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    // The validator does catch errors (a block inside a paragraph, a duplicate id).
    const broken = await validator.validateString('<!doctype html><html lang="ko"><head><title>t</title></head><body><p id="a"><div id="a"></div></p></body></html>');
    expect(broken.valid).toBe(false);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
