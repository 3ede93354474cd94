package org.plenary.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plenary.diag.Location;

/**
 * Equality of inputs as a reader of the site sees them: records compared component by component, ignoring where
 * in a file they were written ({@link Location}), so that editing one record of a file does not make the records
 * below it look changed because their line numbers moved. Lists and maps compare element-wise (order matters);
 * anything else by {@link Object#equals}.
 */
public final class SameContent {
    private SameContent() {
    }

    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Location && b instanceof Location) return true;
        if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List) && !(a instanceof Map && b instanceof Map)) {
            return false;
        }
        if (a instanceof Record) return records(a, b);
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) return false;
            Iterator<?> i = la.iterator();
            Iterator<?> j = lb.iterator();
            while (i.hasNext()) if (!equal(i.next(), j.next())) return false;
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) return false;
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !equal(e.getValue(), mb.get(e.getKey()))) return false;
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean records(Object a, Object b) {
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (c.getType() == Location.class) continue;
            try {
                if (!equal(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) return false;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c + " of " + a.getClass().getName(), e);
            }
        }
        return true;
    }
}
