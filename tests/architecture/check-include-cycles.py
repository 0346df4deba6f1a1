#!/usr/bin/env python3
"""check-include-cycles.py APP-DIR: no two units of the app depend on each other.

A unit is a file pair (NAME.c and NAME.h) with its private header
(NAME-private.h). Unit A depends on unit B when a file of A includes a
header of B. The layers then read one way: a change to a unit can only
reach the units that include it, never come back round. (The window's
actions include the window's private header; the window does not
include them back, so they make no cycle.) Files are known by their
names, which are unique in app/, and included by name, as the tree does.

Prints every cycle (the units and the #include lines that close it) and
exits 1 when there is one.
"""
import collections
import os
import re
import sys


def unit_of(name):
    stem = name[:-2]
    return stem[: -len("-private")] if stem.endswith("-private") else stem


def read_graph(app_dir):
    files = {}
    for root, _, names in os.walk(app_dir):
        for name in names:
            if name.endswith((".c", ".h")):
                files[name] = os.path.join(root, name)
    edges = collections.defaultdict(set)
    evidence = collections.defaultdict(list)
    for name, path in files.items():
        with open(path, encoding="utf-8") as source:
            for included in re.findall(r'^#include "([^"]+)"', source.read(), re.M):
                if included in files and unit_of(included) != unit_of(name):
                    edges[unit_of(name)].add(unit_of(included))
                    evidence[(unit_of(name), unit_of(included))].append(f"{name} includes {included}")
    return edges, evidence


def strongly_connected(edges):
    """Tarjan's algorithm, iteratively: the groups of units that reach each other."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for start in list(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


def main():
    app_dir = sys.argv[1]
    edges, evidence = read_graph(app_dir)
    groups = strongly_connected(edges)
    for group in groups:
        print("cycle: " + " <-> ".join(group))
        for a in group:
            for b in group:
                for line in evidence.get((a, b), []):
                    print("    " + line)
    units = len(set(edges) | {b for targets in edges.values() for b in targets})
    print(f"{units} units, {sum(len(t) for t in edges.values())} dependencies, {len(groups)} cycles")
    return 1 if groups else 0


if __name__ == "__main__":
    sys.exit(main())
