/** What Limber tells search engines: /robots.txt and /sitemap.xml, outside the API document. */
package run.limber.api.crawlers;
