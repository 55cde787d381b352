package run.limber.webui.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.clubs.ClubMembership;
import run.limber.domain.shared.UnavailableException;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.DisplayNameChanged;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.clubs.MyClubsSection;
import run.limber.webui.signin.WebLogin;

/** The signed-in runner's own account: name and time zone, password, clubs, their data, and deleting it all. */
@Route(value = "account", layout = RunnerLayout.class)
@PageTitle("Your account · Limber")
@PermitAll
public class MyAccountView extends Div {

    private final AccountService accounts;
    private final WebLogin login;
    private final ObjectMapper json;
    private final ProfileForm profile = new ProfileForm();
    private final PasswordChangeForm password = new PasswordChangeForm();
    private final DeleteAccountSection delete = new DeleteAccountSection();

    public MyAccountView(AccountService accounts, WebLogin login, ObjectMapper json, ClubMembership clubs) {
        this.accounts = accounts;
        this.login = login;
        this.json = json;
        addClassNames("page", "account-page", "my-account");
        var account = accounts.current();
        profile.show(account);
        profile.addSaveListener(save -> saveProfile(save.displayName(), save.timeZone()));
        password.addChangeListener(change -> changePassword(change.currentPassword(), change.newPassword()));
        delete.addDeleteListener(confirmed -> deleteAccount(confirmed.password()));

        var intro = new Header(new H1("Your account"), new Paragraph("Signed in as " + account.email() + "."));
        intro.addClassName("intro");
        add(intro,
                section("profile", "Profile", profile),
                section("password", "Password", password),
                section("clubs", "Clubs", new MyClubsSection(clubs)),
                section("data", "Your data", new Paragraph("Everything Limber keeps about you, as a JSON file."),
                        download()),
                section("delete", "Delete account", delete));
    }

    private static Section section(String id, String title, Component... content) {
        var heading = new H2(title);
        heading.setId("account-" + id);
        var section = new Section(heading);
        section.add(content);
        section.addClassName("account-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private Anchor download() {
        // Runs in the download's own request, which carries the session cookie like any other.
        var export = DownloadHandler.fromInputStream(request -> {
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(accounts.exportData());
            String name = "limber-account-" + LocalDate.now(ZoneOffset.UTC) + ".json";
            return new DownloadResponse(new ByteArrayInputStream(body), name, "application/json", body.length);
        });
        var link = new Anchor(export, "Download my data");
        link.addClassName("button-link");
        return link;
    }

    private void saveProfile(String displayName, String timeZone) {
        try {
            var saved = accounts.updateProfile(displayName, timeZone);
            profile.saved(saved);
            DisplayNameChanged.fire(UI.getCurrent(), saved.displayName());
        } catch (ValidationException invalid) {
            profile.show(invalid);
        }
    }

    private void changePassword(String current, String next) {
        try {
            accounts.changePassword(current, next);
            // Changing the password ends every session of the account; this browser carries on in a new one.
            login.renewSession(accounts.current().id());
            password.changed();
        } catch (ValidationException invalid) {
            password.show(invalid);
        } catch (TooManyAttemptsException | UnavailableException refused) {
            password.showRefused(refused.getMessage());
        }
    }

    private void deleteAccount(String confirmation) {
        try {
            accounts.deleteAccount(confirmation);
            login.forgetBrowser();
        } catch (ValidationException invalid) {
            delete.showProblem(invalid.problems().getFirst().message());
        } catch (TooManyAttemptsException | UnavailableException refused) {
            delete.showProblem(refused.getMessage());
        }
    }
}
