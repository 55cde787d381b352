package run.limber.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people read them in messages. */
public final class ByteSizes {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private ByteSizes() {
    }

    /** "2 MB", "2.5 MB", "0.25 MB": whole numbers without decimals, others to two at most. */
    public static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes / MEGABYTE).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + " MB";
    }
}
