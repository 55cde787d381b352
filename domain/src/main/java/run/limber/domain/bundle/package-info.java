/** Content as one versioned JSON bundle, and the seed content loaded from it on first start. */
package run.limber.domain.bundle;
