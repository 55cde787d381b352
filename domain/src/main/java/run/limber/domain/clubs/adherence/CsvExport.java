package run.limber.domain.clubs.adherence;

import java.io.IOException;
import java.io.OutputStream;

/** A club's adherence as CSV (UTF-8), allowed already and written only when {@link #writeTo} is called. */
@FunctionalInterface
public interface CsvExport {

    void writeTo(OutputStream out) throws IOException;
}
