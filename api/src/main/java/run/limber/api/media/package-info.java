/** Uploading illustrations (editors) and serving them (everyone). */
package run.limber.api.media;
