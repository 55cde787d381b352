/**
 * The admin area's frame: its own layout and stylesheet. Admin shares nothing with the runner UI;
 * the app shell (theme) and the navigation access check live in web-ui and apply to admin too.
 */
package run.limber.admin.base;
