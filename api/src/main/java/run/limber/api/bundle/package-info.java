/** Editors export all content as one JSON bundle and import one, with a dry run first. */
package run.limber.api.bundle;
