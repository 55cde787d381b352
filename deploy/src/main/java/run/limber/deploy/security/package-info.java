/** HTTP security of the application: JWT keys, the web session cookie, account checks, security headers. */
package run.limber.deploy.security;
