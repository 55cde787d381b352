/** Routines: the list of routines and each routine's page with its drills in order. */
package run.limber.webui.routines;
