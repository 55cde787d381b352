/** Demo mode's club, Riverside Runners: its members, groups, assignment and a few weeks of their sessions. */
package run.limber.domain.clubs.demo;
