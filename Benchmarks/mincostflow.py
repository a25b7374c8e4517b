#!/usr/bin/env python3
"""The placement proposal's anchor: OR-Tools' SimpleMinCostFlow on a fit graph.

plek-bench's `assign crowded` scenario writes each person's best fits (a batch of
shortlists, top 1,000) to a file and runs this script on it, in the same run as the proposal
it compares with. The flow network is the proposal's problem: source -> person (capacity 1),
person -> place (capacity 1, cost = -score in millionths), place -> sink (capacity = free
slots). `solve_max_flow_with_min_cost` places the most people, then the highest total score,
as the proposal does, but only over the fits in the file.

File (little-endian): int32 people, int32 places; int32 slots[places];
int64 offsets[people + 1]; int32 columns[fits]; int64 scores[fits].

Prints one JSON object: placed, totalScoreMillionths, fits, buildSeconds, solveSeconds.
Needs `pip install ortools` (and numpy, which it brings); plek-bench skips the comparison
when the import fails.
"""

import json
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow


def main(path: str) -> None:
    with open(path, "rb") as file:
        people, places = np.frombuffer(file.read(8), dtype="<i4")
        slots = np.frombuffer(file.read(4 * places), dtype="<i4")
        offsets = np.frombuffer(file.read(8 * (people + 1)), dtype="<i8")
        fits = int(offsets[-1])
        columns = np.frombuffer(file.read(4 * fits), dtype="<i4")
        scores = np.frombuffer(file.read(8 * fits), dtype="<i8")

    started = time.perf_counter()
    source, sink = 0, 1 + people + places
    person_nodes = 1 + np.arange(people, dtype=np.int64)
    place_nodes = 1 + people + np.arange(places, dtype=np.int64)
    rows = np.repeat(person_nodes, np.diff(offsets))
    tails = np.concatenate([np.zeros(people, dtype=np.int64), rows, place_nodes])
    heads = np.concatenate(
        [person_nodes, 1 + people + columns.astype(np.int64), np.full(places, sink, dtype=np.int64)]
    )
    capacities = np.concatenate(
        [np.ones(people, dtype=np.int64), np.ones(fits, dtype=np.int64), slots.astype(np.int64)]
    )
    costs = np.concatenate(
        [np.zeros(people, dtype=np.int64), -scores, np.zeros(places, dtype=np.int64)]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    arcs = flow.add_arcs_with_capacity_and_unit_cost(tails, heads, capacities, costs)
    flow.set_node_supply(source, int(people))
    flow.set_node_supply(sink, -int(people))
    built = time.perf_counter()
    status = flow.solve_max_flow_with_min_cost()
    solved = time.perf_counter()
    if status != flow.OPTIMAL:
        sys.exit(f"min-cost flow: status {status}")
    person_arcs = arcs[people : people + fits]
    placed_flow = flow.flows(person_arcs)
    print(
        json.dumps(
            {
                "placed": int(placed_flow.sum()),
                "totalScoreMillionths": int((placed_flow * scores).sum()),
                "fits": fits,
                "buildSeconds": built - started,
                "solveSeconds": solved - built,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
