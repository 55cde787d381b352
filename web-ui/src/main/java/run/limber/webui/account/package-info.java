/** Signing in and out, registering, password resets, the runner's own account page, and the demo mailbox. */
package run.limber.webui.account;
