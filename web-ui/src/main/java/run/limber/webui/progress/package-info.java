/** The runner's progress: the home page's "this week" panel and the progress page with its charts and forms. */
package run.limber.webui.progress;
