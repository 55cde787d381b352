/** The drill library on the home page: what Limber is, drills filtered by target area and timing, and the routines. */
package run.limber.webui.library;
