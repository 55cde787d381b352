package run.limber.admin.clubs;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way club pages ask before something that cannot be undone. */
final class Confirm {

    private Confirm() {
    }

    static void ask(String header, String text, String confirmText, Runnable then) {
        var dialog = new ConfirmDialog(header, text, confirmText, confirmed -> then.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
