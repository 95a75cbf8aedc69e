package io.gazette.security.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** One option of the audit page's action filter: an action, or a family of them ("every login. action"). */
public record ActionChoice(String value, String label) {

    /**
     * The actions the log holds, each family with more than one member offered first as a whole, and the current
     * value kept even when the log holds no such action, so the form shows what was asked for.
     */
    static List<ActionChoice> of(List<String> actions, String current) {
        TreeMap<String, String> choices = new TreeMap<>();
        for (String action : actions) {
            choices.put(action, action);
            int dot = action.indexOf('.');
            if (dot > 0) {
                String family = action.substring(0, dot + 1);
                long members = actions.stream().filter(other -> other.startsWith(family)).count();
                if (members > 1) {
                    choices.put(family, "every " + family + " action");
                }
            }
        }
        if (current != null && !current.isBlank()) {
            choices.putIfAbsent(current, current);
        }
        List<ActionChoice> list = new ArrayList<>();
        choices.forEach((value, label) -> list.add(new ActionChoice(value, label)));
        return list;
    }
}
