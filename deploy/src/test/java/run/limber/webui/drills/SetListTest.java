package run.limber.webui.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;
import run.limber.domain.drills.SideUnit;

class SetListTest {

    @Test
    void namesTheSideAndDirectionOfACirclingSet() {
        var prescription = new Prescription(RepRange.fixed(10), List.of(Side.LEFT, Side.RIGHT), SideUnit.LEG, false,
                List.of(), List.of(Direction.FORWARD, Direction.REVERSE), 6);

        assertEquals("Left leg · moving front, out to the side, then behind · 10 reps",
                SetList.describe(prescription.sets().getFirst(), prescription));
    }

    @Test
    void anAlternatingSetCountsRepsInTotal() {
        var prescription = new Prescription(RepRange.fixed(10), List.of(Side.LEFT, Side.RIGHT), SideUnit.BODY_SIDE, true,
                List.of(), List.of(), 4);

        assertEquals("Alternating sides · 10 reps in total", SetList.describe(prescription.sets().getFirst(), prescription));
    }

    @Test
    void aSingleRepIsOneRep() {
        var prescription = new Prescription(RepRange.fixed(1), List.of(), SideUnit.LEG, false, List.of(), List.of(), 30);

        assertEquals("1 rep", SetList.describe(prescription.sets().getFirst(), prescription));
    }
}
