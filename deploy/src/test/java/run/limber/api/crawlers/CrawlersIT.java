package run.limber.api.crawlers;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** robots.txt and sitemap.xml from the packaged app, whose public address comes from LIMBER_PUBLIC_URL. */
@QuarkusIntegrationTest
class CrawlersIT extends CrawlersTest {
}
