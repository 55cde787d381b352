package run.limber.webui.account;

/** The password rules in the words shown beside every new-password field. */
final class PasswordRules {

    static final String HINT = "8 to 128 characters. Spaces and any characters are fine, "
            + "so a phrase you remember works well. Common passwords are refused.";

    private PasswordRules() {
    }
}
