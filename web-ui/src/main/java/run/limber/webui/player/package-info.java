/** The routine player: one set at a time on a phone, progress kept on the server, and saving the session. */
package run.limber.webui.player;
