/**
 * The runner area's frame: app shell (theme), layout, not-found page, shared widgets, and the one
 * navigation access check that guards every view of the application, admin included.
 */
package run.limber.webui.base;
