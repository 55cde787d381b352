/** Adding Limber to a phone's home screen: the manifest, icons, service worker and offline page, and their headers. */
package run.limber.webui.homescreen;
