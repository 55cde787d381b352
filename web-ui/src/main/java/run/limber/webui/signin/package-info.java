/**
 * Signing a browser in and out: the one owner of the session cookie, used by the runner area and
 * (as the one piece of {@code web-ui} it may use) by the admin area.
 */
package run.limber.webui.signin;
