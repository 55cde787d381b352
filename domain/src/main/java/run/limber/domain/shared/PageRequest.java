package run.limber.domain.shared;

/**
 * A zero-based page of a list. Sizes are capped so no client can ask for everything at once, and page numbers so the
 * offset ({@code page * size}) can never overflow or send the database scanning past every row there will ever be.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** 10,000 pages of the largest size reach a million rows, far past any list Limber keeps. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
