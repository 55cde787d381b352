package run.limber.domain.clubs.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdherenceCsvTest {

    @Test
    void cellsAreQuotedWhenNeededAndNeverReadAsFormulas() {
        assertEquals("Ann", AdherenceCsv.cell("Ann"));
        assertEquals("\"Lee, Ann\"", AdherenceCsv.cell("Lee, Ann"));
        assertEquals("\"Ann \"\"the rocket\"\"\"", AdherenceCsv.cell("Ann \"the rocket\""));
        assertEquals("'=HYPERLINK(1)", AdherenceCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(1,2)\"", AdherenceCsv.cell("=SUM(1,2)"));
        assertEquals("", AdherenceCsv.cell(null));
    }
}
