/** The drill page: everything a runner needs to do one drill well, readable on a phone mid-session. */
package run.limber.webui.drills;
