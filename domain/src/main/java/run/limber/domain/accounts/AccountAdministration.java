package run.limber.domain.accounts;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;

/** What platform admins do with other people's accounts. */
@ApplicationScoped
@RolesAllowed("ADMIN")
public class AccountAdministration {

    private final AccountRepository accounts;
    private final Credentials credentials;
    private final CurrentAccount current;
    private final AuditLog audit;

    AccountAdministration(AccountRepository accounts, Credentials credentials, CurrentAccount current, AuditLog audit) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.current = current;
        this.audit = audit;
    }

    /** Accounts whose email or name contains the query (any case), by email. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountSummary> search(String query, PageRequest page) {
        var found = query == null || query.isBlank()
                ? accounts.findAll(Sort.by("email"))
                : accounts.find("email like ?1 or lower(displayName) like ?1", Sort.by("email"),
                "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        var items = found.page(page.page(), page.size()).list().stream().map(Account::view).toList();
        return new Page<>(items, page.page(), page.size(), found.count());
    }

    @Transactional
    public AccountSummary setRoles(long accountId, Set<Role> roles) {
        var account = find(accountId);
        if (account.id() == current.id() && !roles.contains(Role.ADMIN)) {
            throw new ValidationException("roles", "You cannot remove your own admin role; ask another admin.");
        }
        String before = names(account.roles());
        account.assignRoles(roles);
        audit.record(byCaller(AuditType.ROLES_CHANGED).about(account.email())
                .detail(before + " → " + names(account.roles())));
        return account.view();
    }

    /** Disabling also signs the account out everywhere, at once. */
    @Transactional
    public AccountSummary setDisabled(long accountId, boolean disabled) {
        var account = find(accountId);
        if (account.id() == current.id() && disabled) {
            throw new ValidationException("disabled", "You cannot disable your own account.");
        }
        account.setDisabled(disabled);
        if (disabled) {
            credentials.revokeAll(account.id());
        }
        var type = disabled ? AuditType.ACCOUNT_DISABLED : AuditType.ACCOUNT_ENABLED;
        audit.record(byCaller(type).about(account.email()));
        return account.view();
    }

    private Account find(long accountId) {
        return accounts.findByIdOptional(accountId).orElseThrow(() -> new NoSuchEntryException("account", "#" + accountId));
    }

    private AuditRecord byCaller(AuditType type) {
        var admin = accounts.findById(current.id());
        return AuditRecord.of(type).by(admin.id(), admin.email());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(", "));
    }
}
