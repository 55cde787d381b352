/** The routine composer: published drills in order, with the estimated duration computed live. */
package run.limber.admin.routines;
