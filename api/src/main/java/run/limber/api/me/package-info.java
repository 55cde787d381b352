/** The caller's own account: profile, password, data export, deletion. */
package run.limber.api.me;
