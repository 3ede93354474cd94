package org.plenary.draw;

/**
 * The still-unpicked positions of a pool, answering "which published position is the k-th unpicked
 * one?" and removing it, in O(log n).
 *
 * <p>A plain list with {@code remove(k)} would be simpler but costs O(n) a pick, so drawing all of a
 * 65,535-item pool would move about two billion elements; a Fenwick tree of 0/1 counts keeps that
 * instant. The order semantics are exactly RFC 3797's: unpicked items keep their published order.
 */
final class UnpickedItems {
    private final int[] tree; // 1-based Fenwick tree over "still unpicked" flags
    private final int size;
    private int left;

    UnpickedItems(int size) {
        this.size = size;
        this.left = size;
        this.tree = new int[size + 1];
        // Every position starts at 1; build in O(n) by pushing each node's sum to its parent.
        for (int i = 1; i <= size; i++) {
            tree[i] += 1;
            int parent = i + (i & -i);
            if (parent <= size) tree[parent] += tree[i];
        }
    }

    int left() {
        return left;
    }

    /** Removes the k-th (0-based) unpicked position and returns its 0-based published position. */
    int take(int k) {
        if (k < 0 || k >= left) throw new IndexOutOfBoundsException(k);
        // Descend the tree for the smallest position whose prefix count exceeds k.
        int pos = 0;
        int remaining = k;
        for (int step = Integer.highestOneBit(size); step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= size && tree[next] <= remaining) {
                pos = next;
                remaining -= tree[next];
            }
        }
        int found = pos + 1; // 1-based
        for (int i = found; i <= size; i += i & -i) {
            tree[i] -= 1;
        }
        left--;
        return found - 1;
    }
}
