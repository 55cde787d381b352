package run.limber.admin.bundle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import run.limber.domain.bundle.ImportProgress;

/** Moves the progress bar from the import's thread, once per percent rather than once per item. */
final class ShownProgress implements ImportProgress {

    private final UI ui;
    private final ProgressBar bar;
    private final Paragraph text;
    private int shownPercent = -1;

    ShownProgress(UI ui, ProgressBar bar, Paragraph text) {
        this.ui = ui;
        this.bar = bar;
        this.text = text;
    }

    @Override
    public void itemsDone(int done, int total) {
        int percent = done * 100 / total;
        if (percent != shownPercent) {
            shownPercent = percent;
            ui.access(() -> {
                bar.setValue((double) done / total);
                text.setText(done + " of " + total + " items written");
            });
        }
    }
}
