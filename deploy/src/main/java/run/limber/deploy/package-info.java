/** The Limber application's entry point: prepares the database, then runs Quarkus. */
package run.limber.deploy;
