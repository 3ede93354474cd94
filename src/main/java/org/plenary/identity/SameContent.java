package org.plenary.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
        return equal(a, b, null);
    }

    /**
     * A series of comparisons that remembers which records it found equal, for comparing many values that share
     * records (a member, and the list of members that holds the same record): each pair is compared once. Not
     * thread-safe; for one series of comparisons of values that do not change meanwhile.
     */
    public static final class Session {
        private final Map<Object, Object> proven = new IdentityHashMap<>();

        public boolean equal(Object a, Object b) {
            return SameContent.equal(a, b, proven);
        }
    }

    private static boolean equal(Object a, Object b, Map<Object, Object> proven) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Location && b instanceof Location) return true;
        if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List) && !(a instanceof Map && b instanceof Map)) {
            return false;
        }
        if (a instanceof Record) return records(a, b, proven);
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) return false;
            Iterator<?> i = la.iterator();
            Iterator<?> j = lb.iterator();
            while (i.hasNext()) if (!equal(i.next(), j.next(), proven)) return false;
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) return false;
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !equal(e.getValue(), mb.get(e.getKey()), proven)) return false;
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** The accessors of a record class's components other than its {@link Location}s, looked up once per class. */
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) if (c.getType() != Location.class) out.add(c.getAccessor());
            return out.toArray(new Method[0]);
        }
    };

    private static boolean records(Object a, Object b, Map<Object, Object> proven) {
        if (proven != null && proven.get(a) == b) return true;
        for (Method accessor : COMPONENTS.get(a.getClass())) {
            try {
                if (!equal(accessor.invoke(a), accessor.invoke(b), proven)) return false;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getName() + " of " + a.getClass().getName(), e);
            }
        }
        if (proven != null) proven.put(a, b);
        return true;
    }
}
