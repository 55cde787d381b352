package run.limber.domain.sessions;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import run.limber.domain.accounts.CurrentAccount;
import run.limber.domain.accounts.PersonalData;

/** Every session the runner logged, newest first, for their data export. */
@ApplicationScoped
class SessionExport implements PersonalData {

    private final TrainingSessionRepository sessions;
    private final CurrentAccount caller;

    SessionExport(TrainingSessionRepository sessions, CurrentAccount caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public List<LoggedSession> ofCaller() {
        return sessions.find("accountId", Sort.descending("startedAt", "id"), caller.id()).stream()
                .map(TrainingSession::view).toList();
    }
}
