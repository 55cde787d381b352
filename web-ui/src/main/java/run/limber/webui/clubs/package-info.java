/** The member's side of clubs: joining, what the clubs assign them, their sharing choices and their adherence. */
package run.limber.webui.clubs;
