/** What running Limber in production rests on: the container image and the Kubernetes manifests, checked against the app. */
package run.limber.deploy.production;
