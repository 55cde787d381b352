/** Signing in through the API: registering, access and refresh tokens, signing out. */
package run.limber.api.auth;
