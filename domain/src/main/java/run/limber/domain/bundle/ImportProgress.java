package run.limber.domain.bundle;

/** Told after each item an import has written, so a screen can show how far a large bundle has come. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void itemsDone(int done, int total);
}
