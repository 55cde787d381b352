/** Test infrastructure shared by the Quarkus tests in deploy: the test database. */
package run.limber.testing;
