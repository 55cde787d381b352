/** What operators and their tools reach under /q: the metrics endpoint's token, and 404 for every other /q path. */
package run.limber.deploy.operations;
