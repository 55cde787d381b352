/** The database Limber runs on: a checked external PostgreSQL, or an embedded one with a persistent data directory. */
package run.limber.deploy.database;
