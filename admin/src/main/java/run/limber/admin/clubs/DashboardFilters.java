package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import run.limber.domain.clubs.GroupSummary;
import run.limber.domain.clubs.adherence.AdherenceService;
import run.limber.domain.clubs.adherence.DashboardQuery;
import run.limber.domain.clubs.adherence.DashboardSort;
import run.limber.domain.shared.PageRequest;

/** What the dashboard shows: a group, only those behind this week, a name, an order and how many weeks. */
class DashboardFilters extends Div {

    private final Select<GroupSummary> group = new Select<>();
    private final Checkbox behind = new Checkbox("Fell behind this week");
    private final TextField name = new TextField("Name");
    private final Select<DashboardSort> sort = new Select<>();
    private final Select<Integer> weeks = new Select<>();

    DashboardFilters() {
        addClassName("admin-list__tools");
        group.setLabel("Group");
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption("Whole club");
        group.setItemLabelGenerator(chosen -> chosen == null ? "Whole club" : chosen.name());
        name.setMaxLength(DashboardQuery.MAX_NAME_QUERY);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        sort.setLabel("Order");
        sort.setItems(DashboardSort.values());
        sort.setItemLabelGenerator(order -> switch (order) {
            case NAME -> "By name";
            case BEHIND -> "Most behind this week";
            case STREAK -> "Longest streak";
        });
        sort.setValue(DashboardSort.NAME);
        weeks.setLabel("Weeks");
        weeks.setItems(4, 8, AdherenceService.DEFAULT_WEEKS, 26);
        weeks.setValue(AdherenceService.DEFAULT_WEEKS);
        group.addValueChangeListener(change -> fireEvent(new Changed(this)));
        behind.addValueChangeListener(change -> fireEvent(new Changed(this)));
        name.addValueChangeListener(change -> fireEvent(new Changed(this)));
        sort.addValueChangeListener(change -> fireEvent(new Changed(this)));
        weeks.addValueChangeListener(change -> fireEvent(new Changed(this)));
        add(group, behind, name, sort, weeks);
    }

    void groups(List<GroupSummary> groups) {
        group.setItems(groups);
    }

    Long groupId() {
        return group.getValue() == null ? null : group.getValue().id();
    }

    int weeks() {
        return weeks.getValue();
    }

    DashboardQuery query(PageRequest page) {
        return new DashboardQuery(weeks(), groupId(), behind.getValue(), name.getValue(), sort.getValue(), page);
    }

    Registration addChangedListener(com.vaadin.flow.component.ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    /** Any filter changed: the dashboard starts again at its first page. */
    static final class Changed extends ComponentEvent<DashboardFilters> {
        Changed(DashboardFilters source) {
            super(source, false);
        }
    }
}
