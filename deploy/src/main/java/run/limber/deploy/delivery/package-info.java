/** How responses travel to the browser: which are compressed, and how long a browser may keep the files it fetched. */
package run.limber.deploy.delivery;
