/** Test infrastructure shared by the Quarkus tests in deploy: the test database, browserless view tests in the one Quarkus boot, accounts and tokens for API tests, calls made at once. */
package run.limber.testing;
