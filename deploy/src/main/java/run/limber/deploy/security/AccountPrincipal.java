package run.limber.deploy.security;

import java.security.Principal;

/** A signed-in account; its name is the account id, the identity convention of the whole app. */
record AccountPrincipal(long accountId) implements Principal {

    @Override
    public String getName() {
        return Long.toString(accountId);
    }
}
