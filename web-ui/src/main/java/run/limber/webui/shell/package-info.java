/**
 * What the first response of a runner page carries: the page itself as HTML, readable before (or without) the client
 * bundle, its head tags for search and sharing, and the honest status of the address.
 */
package run.limber.webui.shell;
