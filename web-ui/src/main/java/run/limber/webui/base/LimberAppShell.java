package run.limber.webui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import run.limber.webui.homescreen.HomeScreen;

/**
 * The application's single app shell: it selects the Lumo theme for every area, runner and admin.
 * Area styles load with their layouts, so the runner and admin CSS stay separate. Every page's head also carries
 * what adding Limber to a home screen needs (see {@link HomeScreen}).
 */
@StyleSheet("context://" + Lumo.STYLESHEET)
public class LimberAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Ankle and hip mobility drills for runners: about ten minutes, a few times a week.");
        HomeScreen.addTo(settings);
    }
}
