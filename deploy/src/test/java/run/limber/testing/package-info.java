/** Test support shared by the view tests: browserless Vaadin inside the one Quarkus test boot. */
package run.limber.testing;
