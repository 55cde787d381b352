/** Illustrations editors upload for drills and their steps: checked, stored once, served to everyone. */
package run.limber.domain.media;
