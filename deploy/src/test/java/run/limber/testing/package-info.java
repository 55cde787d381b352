/** Test infrastructure shared by the Quarkus tests in deploy: the test database, test callers, and browserless view tests in the one Quarkus boot. */
package run.limber.testing;
