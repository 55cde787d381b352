/**
 * The admin area's frame: its own layout and stylesheet. Admin takes only signing out from the runner
 * UI ({@code run.limber.webui.signin}); the app shell (theme) and the navigation access check live in
 * web-ui and apply to admin too.
 */
package run.limber.admin.base;
