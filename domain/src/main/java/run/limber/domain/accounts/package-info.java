/** Accounts and signing in: registration, passwords, roles, web sessions, API refresh tokens, password resets. */
package run.limber.domain.accounts;
